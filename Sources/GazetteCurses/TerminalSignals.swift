import CTerminalSignals
import Glibc

/// The process-wide signal plumbing of the terminal: the relay that turns signals into events,
/// the crash handler that restores the terminal, and the capture of stderr.
///
/// Handlers are C functions of the `CTerminalSignals` target (they must be async-signal-safe),
/// defined once in its .c file with the one copy of their state.
public enum TerminalSignals {
  /// Signals that ask Gazette to stop: the reader restores the terminal, then re-raises them.
  public static let terminating: [Int32] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT]
  /// Signals of a crash (a Swift trap is SIGILL or SIGTRAP): the terminal is restored, then the
  /// previous handler (the Swift backtracer or the default action) takes over.
  static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]
  /// Signals the relay reports to the event loop, besides SIGWINCH.
  static let relayed: [Int32] = terminating + [SIGTSTP, SIGCONT]

  /// Routes the terminating and job-control signals to the relay; returns the descriptor that
  /// becomes readable when a signal arrives, or -1 when no self-pipe could be made.
  ///
  /// A terminating signal or SIGTSTP that the parent set to be ignored stays ignored (`nohup`
  /// ignores SIGHUP; shells without job control ignore SIGTSTP). Handled signals are unblocked:
  /// a parent may have left them blocked.
  static func installRelay() -> Int32 {
    let wakeDescriptor = gz_relay_open()
    for signal in terminating + [SIGTSTP] { _ = gz_relay_install(signal, 1) }
    _ = gz_relay_install(SIGCONT, 0)
    return wakeDescriptor
  }

  /// Takes over SIGWINCH after ncurses installed its handler, calling it from the relay.
  static func chainResizeHandler() {
    _ = gz_relay_chain_winch()
  }

  /// Whether ncurses turns SIGWINCH into KEY_RESIZE itself.
  static var ncursesHandlesResize: Bool { gz_relay_has_ncurses_winch() != 0 }

  /// Whether `signal` arrived since the last call (clears it).
  static func take(_ signal: Int32) -> Bool { gz_relay_take(signal) != 0 }

  /// Empties the self-pipe.
  static func drainWakeups() { gz_relay_drain() }

  /// Puts back the dispositions the relay and the crash handler replaced.
  static func uninstall() {
    for signal in relayed + crashing + [SIGWINCH] { gz_relay_restore(signal) }
  }

  /// Stops the process as SIGTSTP's default action would; returns when it is continued.
  static func stopProcess() { gz_stop_self() }

  /// Sends stderr to a temporary file while curses owns the screen; false when not possible.
  @discardableResult
  static func captureStandardError() -> Bool { gz_stderr_capture() == 0 }

  /// Restores stderr and prints what was written to it while captured.
  static func restoreStandardError() { gz_stderr_restore() }

  /// Records what the crash handler must write and which terminal modes it must restore.
  ///
  /// The sequence always turns mouse reporting off: harmless when it was never on.
  static func prepareCrashRestore(terminalDescriptor: Int32, shellModes: termios?) {
    if var modes = shellModes {
      gz_crash_prepare(terminalDescriptor, &modes, 1)
    } else {
      gz_crash_prepare(terminalDescriptor, nil, 1)
    }
  }

  /// Replaces the terminal modes the crash handler restores.
  static func updateShellModes(_ modes: termios) {
    var modes = modes
    gz_crash_update_modes(&modes)
  }

  /// Whether a crash should restore the terminal now (true only while curses owns it).
  static func armCrashRestore(_ armed: Bool) { gz_crash_arm(armed ? 1 : 0) }

  /// Installs the crash handler for every crash signal.
  static func installCrashHandlers() {
    for signal in crashing { _ = gz_crash_install(signal) }
  }

  /// Ends the process by `signal` with its default action, so the exit status is the
  /// conventional one (128 + n in a shell).
  ///
  /// Call it only once the terminal is restored.
  public static func reraise(_ signal: Int32) -> Never {
    gz_signal_default(signal)
    raise(signal)
    // Only reached for a signal whose default action is not to terminate.
    exit(128 + signal)
  }
}
