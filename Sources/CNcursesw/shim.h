#ifndef GAZETTE_CNCURSESW_SHIM_H
#define GAZETTE_CNCURSESW_SHIM_H

// The wide-character API of ncurses is only declared with these, and SwiftPM drops -D flags
// from pkg-config, so they live here, before any include. Neither changes what glibc's own
// headers declare (`_XOPEN_SOURCE_EXTENDED` means nothing to glibc without `_XOPEN_SOURCE`):
// glibc feature macros such as `_XOPEN_SOURCE` must NOT be defined here, because headers this
// module includes textually (e.g. <sys/select.h>) would then define types differently from
// Swift's Glibc module, and a clean build fails with "'fd_set' ... is not present in
// definition" depending on which module the compiler happens to build first.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

// System headers come before <term.h>: it defines lower-case macros (`lines`, `tab`, `bell`,
// `hangup`, ...) that would rewrite identifiers in headers included after it.
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Only stateless wrappers belong in this header: Swift emits a private copy of a `static inline`
// function, and of any static it holds, into every object file that calls it. What holds state
// or installs a signal handler lives in the CTerminalSignals target's .c file.

// MARK: - Accessors for what Swift cannot import (macros, C globals)

static inline WINDOW *gz_stdscr(void) { return stdscr; }
static inline WINDOW *gz_curscr(void) { return curscr; }
static inline int gz_screen_rows(void) { return stdscr ? getmaxy(stdscr) : 0; }
static inline int gz_screen_columns(void) { return stdscr ? getmaxx(stdscr) : 0; }
static inline FILE *gz_standard_output(void) { return stdout; }
static inline FILE *gz_standard_input(void) { return stdin; }
static inline int gz_color_pair_count(void) { return COLOR_PAIRS; }
static inline int gz_color_count(void) { return COLORS; }

static inline attr_t gz_attribute_normal(void) { return A_NORMAL; }
static inline attr_t gz_attribute_bold(void) { return A_BOLD; }
static inline attr_t gz_attribute_dim(void) { return A_DIM; }
static inline attr_t gz_attribute_underline(void) { return A_UNDERLINE; }
static inline attr_t gz_attribute_reverse(void) { return A_REVERSE; }

static inline int gz_key_function(int number) { return KEY_F(number); }
static inline int gz_ccharw_max(void) { return CCHARW_MAX; }

static inline mmask_t gz_mouse_button1_mask(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t gz_mouse_wheel_up_mask(void) { return BUTTON4_PRESSED; }
#if NCURSES_MOUSE_VERSION > 1
static inline mmask_t gz_mouse_wheel_down_mask(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t gz_mouse_wheel_down_mask(void) { return 0; }
#endif

static inline const char *gz_locale_codeset(void) { return nl_langinfo(CODESET); }

// glibc declares wcwidth only for X/Open builds, which this header must not ask for (see the
// top); the function itself is always there.
static inline int gz_wcwidth(wchar_t character) {
  extern int wcwidth(wchar_t);
  return wcwidth(character);
}

/// Bytes waiting to be read on `fd`, or -1 when that cannot be asked (ioctl is variadic).
static inline int gz_bytes_available(int fd) {
  int count = 0;
  if (ioctl(fd, FIONREAD, &count) != 0) return -1;
  return count;
}

/// The kernel's idea of the window size of terminal `fd`; 0 on success.
static inline int gz_window_size(int fd, int *row_count, int *column_count) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *row_count = size.ws_row;
  *column_count = size.ws_col;
  return 0;
}

// MARK: - Terminal capability probe

enum {
  GZ_PROBE_OK = 0,
  GZ_PROBE_UNKNOWN_TERMINAL = 1,
  GZ_PROBE_NO_DATABASE = 2,
  GZ_PROBE_NO_CURSOR_ADDRESSING = 3,
};

static inline int gz_capability_present(const char *value) {
  return value != NULL && value != (const char *)-1 && value[0] != '\0';
}

/// Looks `name` up in terminfo without writing anything to the terminal and checks that it can
/// address the cursor. Unlike `initscr`, never exits the process.
static inline int gz_probe_terminal(const char *name, int fd) {
  int status = 0;
  if (setupterm(name, fd, &status) != OK) {
    return status == -1 ? GZ_PROBE_NO_DATABASE : GZ_PROBE_UNKNOWN_TERMINAL;
  }
  int result = gz_capability_present(tigetstr("cup")) ? GZ_PROBE_OK : GZ_PROBE_NO_CURSOR_ADDRESSING;
  del_curterm(cur_term);
  return result;
}

#endif
