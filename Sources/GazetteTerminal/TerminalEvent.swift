/// Something the terminal reported: a key, a mouse action, a new size, or a request to stop.
public enum TerminalEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// A mouse action.
  case mouse(MouseEvent)
  /// The terminal now has this size; everything must be laid out again.
  case resize(GridSize)
  /// The terminal was resumed after a suspension (or must be fully redrawn for another reason).
  case redraw
  /// A signal asked the program to stop (SIGINT, SIGTERM, SIGHUP, SIGQUIT): restore and exit.
  case terminate(signal: Int32)
  /// Input ended (the terminal went away); the program should exit.
  case endOfInput
}
