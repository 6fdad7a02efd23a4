/// Why the reader stopped.
public enum ReaderExit: Hashable, Sendable {
  /// The user quit.
  case quit
  /// A signal asked it to stop; the caller restores the terminal and re-raises it.
  case signal(Int32)
  /// Input ended (the terminal went away).
  case endOfInput
}
