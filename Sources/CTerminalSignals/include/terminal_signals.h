#ifndef GAZETTE_TERMINAL_SIGNALS_H
#define GAZETTE_TERMINAL_SIGNALS_H

// The process-wide signal plumbing of the terminal: the relay that turns signals into wake-ups
// of the event loop, the crash handler that restores the terminal, and the capture of stderr.
//
// Only declarations live here. Everything that holds state or installs a handler is defined
// once, in terminal_signals.c, with external linkage: a `static inline` function in a header
// gets a private copy (with private copies of its statics) in every object file that emits it,
// and a release build then had the handler write to one copy while the event loop read another.
//
// No feature macros are defined here: this header is imported by Swift next to Glibc, and a
// macro such as _GNU_SOURCE would make the shared system headers declare types differently.

#include <signal.h>
#include <termios.h>

/// Creates the self-pipe the handlers write to; returns its read end, or -1.
int gz_relay_open(void);

/// Empties the self-pipe after a wake-up.
void gz_relay_drain(void);

/// Routes `sig` to the relay handler, remembering the previous disposition once.
///
/// With `keep_ignored`, a signal the parent set to be ignored stays ignored (as `nohup` asks
/// for SIGHUP) and 1 is returned; 0 when installed, -1 on error.
int gz_relay_install(int sig, int keep_ignored);

/// Takes over SIGWINCH while still calling the handler ncurses installed, so ncurses keeps
/// producing KEY_RESIZE and the event loop is woken through the self-pipe.
int gz_relay_chain_winch(void);

/// Whether ncurses had its own SIGWINCH handler when the relay took over (1 or 0).
int gz_relay_has_ncurses_winch(void);

/// Returns 1 and clears the flag when `sig` arrived since the last call.
int gz_relay_take(int sig);

/// Puts back the disposition `sig` had before the relay or crash handler took it.
void gz_relay_restore(int sig);

/// Sets `sig` to its default action and makes sure it is not blocked.
void gz_signal_default(int sig);

/// Stops this process with SIGTSTP's default action, as the shell expects; returns once it has
/// been continued.
void gz_stop_self(void);

/// Sends stderr to an unlinked temporary file while curses owns the screen; 0 when capturing.
int gz_stderr_capture(void);

/// Flushes stderr's stdio buffer, then restores it and replays what was captured.
void gz_stderr_restore(void);

/// Records, from the live terminfo entry, the bytes that put the terminal back in its normal
/// state, and the terminal modes to restore, for use by the crash handler.
void gz_crash_prepare(int terminal_fd, const struct termios *shell_modes, int mouse_enabled);

/// Updates the modes the crash handler restores (after a resume the shell may have changed them).
void gz_crash_update_modes(const struct termios *shell_modes);

/// Whether the crash handler should restore the terminal (1 while curses owns it).
void gz_crash_arm(int armed);

/// Installs the crash handler for `sig` on an alternate stack (so a stack overflow is caught).
int gz_crash_install(int sig);

#endif
