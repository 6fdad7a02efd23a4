// The signal relay, the crash handler and the capture of stderr: the only state of the
// terminal layer that C holds, defined once here (see terminal_signals.h for why not in a
// header). The handlers only use async-signal-safe calls.

// This file is compiled on its own, so it may ask glibc for everything it declares
// (sigaltstack, SA_ONSTACK, pthread_sigmask) without affecting what Swift imports.
#define _GNU_SOURCE 1

#include "terminal_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static int gz_capability_present(const char *value) {
  return value != NULL && value != (const char *)-1 && value[0] != '\0';
}

#define GZ_SIGNAL_SLOTS 65
#define GZ_RESTORE_CAPACITY 1024
#define GZ_ALTERNATE_STACK_SIZE (128 * 1024)

static char alternate_stack[GZ_ALTERNATE_STACK_SIZE];

typedef struct {
  volatile sig_atomic_t pending[GZ_SIGNAL_SLOTS];
  volatile sig_atomic_t installed[GZ_SIGNAL_SLOTS];
  struct sigaction previous[GZ_SIGNAL_SLOTS];
  int wake_read_fd;
  int wake_write_fd;
  void (*ncurses_winch)(int);
  volatile sig_atomic_t armed;
  volatile sig_atomic_t crashing;
  int terminal_fd;
  int has_shell_modes;
  struct termios shell_modes;
  char restore[GZ_RESTORE_CAPACITY];
  size_t restore_length;
  int saved_stderr_fd;
  int capture_fd;
} gz_terminal_state;

// The one copy of the state, with external linkage so that a CI check can count it in the
// release binary (Scripts/check-terminal-signals.sh): exactly one `gz_signal_state` symbol.
gz_terminal_state gz_signal_state = {
  .wake_read_fd = -1, .wake_write_fd = -1, .terminal_fd = -1, .saved_stderr_fd = -1,
  .capture_fd = -1,
};

static gz_terminal_state *gz_state(void) { return &gz_signal_state; }

static void gz_write_all(int fd, const char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, bytes, length);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    bytes += written;
    length -= (size_t)written;
  }
}

static void gz_relay_handler(int sig) {
  int saved_errno = errno;
  gz_terminal_state *state = gz_state();
  if (sig == SIGWINCH && state->ncurses_winch != NULL) state->ncurses_winch(sig);
  if (sig > 0 && sig < GZ_SIGNAL_SLOTS) __atomic_store_n(&state->pending[sig], 1, __ATOMIC_SEQ_CST);
  if (state->wake_write_fd >= 0) {
    char byte = (char)sig;
    ssize_t ignored = write(state->wake_write_fd, &byte, 1);
    (void)ignored;
  }
  errno = saved_errno;
}

/// Creates the self-pipe the handlers write to; returns its read end, or -1.
int gz_relay_open(void) {
  gz_terminal_state *state = gz_state();
  if (state->wake_read_fd >= 0) return state->wake_read_fd;
  int fds[2];
  if (pipe(fds) != 0) return -1;
  for (int i = 0; i < 2; i++) {
    fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    fcntl(fds[i], F_SETFD, FD_CLOEXEC);
  }
  state->wake_read_fd = fds[0];
  state->wake_write_fd = fds[1];
  return fds[0];
}

/// Empties the self-pipe after a wake-up.
void gz_relay_drain(void) {
  gz_terminal_state *state = gz_state();
  char buffer[64];
  if (state->wake_read_fd < 0) return;
  while (read(state->wake_read_fd, buffer, sizeof buffer) > 0) {
  }
}

/// Unblocks `sig` for the calling thread (and the threads it creates later): a parent may have
/// left it blocked, and then neither Ctrl-C nor Ctrl-Z nor a resize would ever arrive.
static void gz_signal_unblock(int sig) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// Installs `action` for `sig` (1 to GZ_SIGNAL_SLOTS - 1) and unblocks it, remembering the
/// disposition it replaces the first time, so `gz_relay_restore` (or the crash handler) can put
/// back what the process had before Gazette. Returns 0, or -1 when `sigaction` fails.
static int gz_signal_take_over(int sig, const struct sigaction *action) {
  gz_terminal_state *state = gz_state();
  struct sigaction previous;
  if (sigaction(sig, action, &previous) != 0) return -1;
  if (!state->installed[sig]) {
    state->previous[sig] = previous;
    state->installed[sig] = 1;
  }
  gz_signal_unblock(sig);
  return 0;
}

/// The disposition that routes a signal to the relay handler.
static struct sigaction gz_relay_action(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = gz_relay_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  return action;
}

/// Routes `sig` to the relay handler, remembering the previous disposition once.
///
/// With `keep_ignored`, a signal the parent set to be ignored stays ignored (as `nohup` asks
/// for SIGHUP) and 1 is returned; 0 when installed, -1 on error.
int gz_relay_install(int sig, int keep_ignored) {
  if (sig <= 0 || sig >= GZ_SIGNAL_SLOTS) return -1;
  struct sigaction current;
  if (keep_ignored && sigaction(sig, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO)
      && current.sa_handler == SIG_IGN) {
    return 1;
  }
  struct sigaction action = gz_relay_action();
  return gz_signal_take_over(sig, &action);
}

/// Takes over SIGWINCH while still calling the handler ncurses installed, so ncurses keeps
/// producing KEY_RESIZE and the event loop is woken through the self-pipe.
int gz_relay_chain_winch(void) {
  gz_terminal_state *state = gz_state();
  struct sigaction current;
  if (sigaction(SIGWINCH, NULL, &current) != 0) return -1;
  if (!(current.sa_flags & SA_SIGINFO) && current.sa_handler != SIG_DFL
      && current.sa_handler != SIG_IGN && current.sa_handler != gz_relay_handler) {
    state->ncurses_winch = current.sa_handler;
  }
  return gz_relay_install(SIGWINCH, 0);
}

/// Whether ncurses had its own SIGWINCH handler when the relay took over.
int gz_relay_has_ncurses_winch(void) { return gz_state()->ncurses_winch != NULL; }

/// Returns 1 and clears the flag when `sig` arrived since the last call.
int gz_relay_take(int sig) {
  if (sig <= 0 || sig >= GZ_SIGNAL_SLOTS) return 0;
  return __atomic_exchange_n(&gz_state()->pending[sig], 0, __ATOMIC_SEQ_CST) ? 1 : 0;
}

/// Puts back the disposition `sig` had before the relay or crash handler took it.
void gz_relay_restore(int sig) {
  if (sig <= 0 || sig >= GZ_SIGNAL_SLOTS) return;
  gz_terminal_state *state = gz_state();
  if (!state->installed[sig]) return;
  sigaction(sig, &state->previous[sig], NULL);
  state->installed[sig] = 0;
  if (sig == SIGWINCH) state->ncurses_winch = NULL;
}

/// Sets `sig` to its default action and makes sure it is not blocked.
void gz_signal_default(int sig) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(sig, &action, NULL);
  gz_signal_unblock(sig);
}

/// Stops this process with SIGTSTP's default action, as the shell expects; returns once it has
/// been continued (at once when the process group is orphaned and the kernel drops the signal).
void gz_stop_self(void) {
  gz_signal_default(SIGTSTP);
  kill(getpid(), SIGTSTP);
  if (gz_state()->installed[SIGTSTP]) {
    struct sigaction action = gz_relay_action();
    sigaction(SIGTSTP, &action, NULL);
  }
}

/// Restores stderr from the capture file and copies what was written there while curses owned
/// the screen. Async-signal-safe.
static void gz_stderr_release(void) {
  gz_terminal_state *state = gz_state();
  if (state->saved_stderr_fd < 0) return;
  dup2(state->saved_stderr_fd, STDERR_FILENO);
  close(state->saved_stderr_fd);
  state->saved_stderr_fd = -1;
  if (state->capture_fd < 0) return;
  char buffer[4096];
  off_t offset = 0;
  const off_t limit = 1024 * 1024;
  while (offset < limit) {
    ssize_t count = pread(state->capture_fd, buffer, sizeof buffer, offset);
    if (count < 0 && errno == EINTR) continue;
    if (count <= 0) break;
    gz_write_all(STDERR_FILENO, buffer, (size_t)count);
    offset += count;
  }
  close(state->capture_fd);
  state->capture_fd = -1;
}

/// Sends stderr to an unlinked temporary file while curses owns the screen, so stray messages
/// (a Swift fatal error, a library warning) do not scribble over it; returns 0 when capturing.
int gz_stderr_capture(void) {
  gz_terminal_state *state = gz_state();
  if (state->saved_stderr_fd >= 0) return 0;
  FILE *file = tmpfile();
  if (file == NULL) return -1;
  int capture = fcntl(fileno(file), F_DUPFD_CLOEXEC, 3);
  fclose(file);
  if (capture < 0) return -1;
  fflush(stderr);
  int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (saved < 0 || dup2(capture, STDERR_FILENO) < 0) {
    if (saved >= 0) close(saved);
    close(capture);
    return -1;
  }
  state->saved_stderr_fd = saved;
  state->capture_fd = capture;
  return 0;
}

/// Flushes stderr's stdio buffer, then restores it and replays what was captured.
void gz_stderr_restore(void) {
  fflush(stderr);
  gz_stderr_release();
}

/// Appends a terminfo string to the restore sequence, leaving out `$<..>` padding markers.
static void gz_restore_append(const char *capability) {
  gz_terminal_state *state = gz_state();
  if (!gz_capability_present(capability)) return;
  for (const char *c = capability; *c != '\0'; c++) {
    if (c[0] == '$' && c[1] == '<') {
      const char *end = strchr(c, '>');
      if (end != NULL) {
        c = end;
        continue;
      }
    }
    if (state->restore_length + 1 >= GZ_RESTORE_CAPACITY) return;
    state->restore[state->restore_length++] = *c;
  }
}

/// Records, from the live terminfo entry, the bytes that put the terminal back in its normal
/// state (attributes off, mouse reporting off, keypad local, cursor visible, main screen), and
/// the terminal modes to restore, for use by the crash handler.
void gz_crash_prepare(int terminal_fd, const struct termios *shell_modes,
                                    int mouse_enabled) {
  gz_terminal_state *state = gz_state();
  state->terminal_fd = terminal_fd;
  if (shell_modes != NULL) {
    state->shell_modes = *shell_modes;
    state->has_shell_modes = 1;
  }
  state->restore_length = 0;
  gz_restore_append(tigetstr("sgr0"));
  if (mouse_enabled) {
    const char *xm = tigetstr("XM");
    if (gz_capability_present(xm)) {
      gz_restore_append(tiparm(xm, 0));
    } else {
      gz_restore_append("\033[?1006;1000l");
    }
  }
  gz_restore_append(tigetstr("rmkx"));
  gz_restore_append(tigetstr("cnorm"));
  gz_restore_append(tigetstr("rmcup"));
}

/// Updates the modes the crash handler restores (after a resume the shell may have changed them).
void gz_crash_update_modes(const struct termios *shell_modes) {
  if (shell_modes == NULL) return;
  gz_state()->shell_modes = *shell_modes;
  gz_state()->has_shell_modes = 1;
}

/// Whether the crash handler should restore the terminal (1 while curses owns it).
void gz_crash_arm(int armed) { gz_state()->armed = armed; }

static void gz_crash_handler(int sig, siginfo_t *info, void *context) {
  (void)context;
  int saved_errno = errno;
  gz_terminal_state *state = gz_state();
  if (__atomic_exchange_n(&state->crashing, 1, __ATOMIC_SEQ_CST) == 0) {
    if (state->armed && state->terminal_fd >= 0) {
      gz_write_all(state->terminal_fd, state->restore, state->restore_length);
      if (state->has_shell_modes) tcsetattr(state->terminal_fd, TCSANOW, &state->shell_modes);
      state->armed = 0;
    }
    gz_stderr_release();
    char message[96] = "gazette: crashed (signal ";
    size_t length = strlen(message);
    char digits[12];
    int count = 0;
    int value = sig;
    do {
      digits[count++] = (char)('0' + value % 10);
      value /= 10;
    } while (value > 0 && count < (int)sizeof digits);
    while (count > 0) message[length++] = digits[--count];
    const char *tail = "); the terminal was restored.\n";
    for (const char *c = tail; *c != '\0' && length < sizeof message - 1; c++) message[length++] = *c;
    gz_write_all(STDERR_FILENO, message, length);
  }
  // Hand the signal to whoever had it before (the Swift backtracer, or the default action).
  // A fault re-executes the faulting instruction on return; a sent signal is raised again.
  if (sig > 0 && sig < GZ_SIGNAL_SLOTS && state->installed[sig]) {
    sigaction(sig, &state->previous[sig], NULL);
  } else {
    signal(sig, SIG_DFL);
  }
  if (info == NULL || info->si_code <= 0 || sig == SIGTRAP) raise(sig);
  errno = saved_errno;
}

/// Installs the crash handler for `sig` on an alternate stack (so a stack overflow is caught).
int gz_crash_install(int sig) {
  if (sig <= 0 || sig >= GZ_SIGNAL_SLOTS) return -1;
  stack_t current;
  if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof alternate_stack;
    sigaltstack(&stack, NULL);
  }
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = gz_crash_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  return gz_signal_take_over(sig, &action);
}

