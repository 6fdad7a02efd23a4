/// How long an event loop waits in `TerminalBackend.nextEvent(timeoutMilliseconds:)`.
///
/// The reader polls with `idleMilliseconds` when nothing is going on and with
/// `busyMilliseconds` while background work is pending; `MemoryBackend` tells the two apart by
/// these values to hand out scripted events only when the reader is idle.
public enum EventPolling {
  /// How long a loop waits for input when nothing else is going on.
  public static let idleMilliseconds = 500
  /// How long a loop waits for input while background work is pending.
  public static let busyMilliseconds = 10
}
