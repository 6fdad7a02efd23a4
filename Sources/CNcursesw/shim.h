#ifndef GAZETTE_CNCURSESW_SHIM_H
#define GAZETTE_CNCURSESW_SHIM_H

// The wide-character API of ncurses is only declared with these, and SwiftPM drops -D flags
// from pkg-config, so they live here, before any include.
#define _XOPEN_SOURCE_EXTENDED 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#define _DEFAULT_SOURCE 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <ncursesw/curses.h>
#include <wchar.h>

#endif
