import Dispatch

/// A terminal in memory for tests: plays a script of events and records what is painted.
///
/// Painting behaves like a terminal: a wide cell covers its right neighbour, and painting
/// over either half of a wide glyph blanks the other half, so a wrong diff shows up as a
/// wrong `screen`. Events are handed out when the reader is idle (it polls with
/// `EventPolling.idleMilliseconds` or more), and in bursts while it drains input (timeout
/// 0), so scripted keys never race the reader's background work. When the script is over,
/// the backend reports `.endOfInput`.
final class MemoryBackend: TerminalBackend {
  /// One step of the script.
  enum Step: Hashable, Sendable {
    /// Deliver an event.
    case event(TerminalEvent)
    /// Record the screen (in `captures`) once the reader is idle.
    case capture
    /// Wait until the reader is idle before the next event (ends a burst).
    case waitForIdle
  }

  /// The current size.
  private(set) var size: GridSize
  /// What the terminal shows.
  private(set) var screen: CellGrid
  /// Screens recorded by `.capture` steps.
  private(set) var captures: [CellGrid] = []
  /// Number of `paint` calls.
  private(set) var paintCount = 0
  /// Number of `clear` calls.
  private(set) var clearCount = 0
  /// Cells painted over all calls.
  private(set) var cellsPainted = 0
  /// The most cells painted by one call.
  private(set) var largestPaint = 0
  /// Polls answered with nothing because the reader was busy.
  private(set) var busyPolls = 0
  /// Called after every paint with the screen, to check invariants on every frame.
  var onPaint: ((CellGrid) -> Void)?
  /// What happened to the terminal besides painting, in order: suspensions, resumptions (with
  /// their key prompts) and control sequences sent.
  private(set) var terminalLog: [TerminalLogEntry] = []
  /// Whether the terminal is handed over (between `suspend()` and `resume`).
  private(set) var suspended = false

  /// Something the reader did to the terminal besides painting.
  enum TerminalLogEntry: Hashable, Sendable {
    /// The terminal was handed to a child program.
    case suspended
    /// The terminal was taken back, after a key press when a prompt is given.
    case resumed(prompt: String?)
    /// A control sequence was written.
    case sent(ControlSequence)
  }

  private var steps: [Step]
  private let pause = DispatchSemaphore(value: 0)
  private var next = 0
  private let busyPollLimit: Int
  private var consecutiveBusyPolls = 0

  /// Creates a backend of `size` that plays `steps`.
  ///
  /// `busyPollLimit` ends the script (with `.endOfInput`) if the reader stays busy for that
  /// many polls in a row, so a reader that never settles fails a test instead of hanging it.
  init(size: GridSize, steps: [Step] = [], busyPollLimit: Int = 20_000) {
    self.size = size
    self.screen = CellGrid(size: size)
    self.steps = steps
    self.busyPollLimit = busyPollLimit
  }

  /// Appends steps to the script.
  func append(_ more: [Step]) {
    steps += more
  }

  /// Paints cells like a terminal would.
  func paint(_ changes: [CellChange]) {
    paintCount += 1
    cellsPainted += changes.count
    largestPaint = max(largestPaint, changes.count)
    for change in changes {
      screen.write(change.cell, x: change.x, y: change.y)
    }
    onPaint?(screen)
  }

  /// Blanks the screen.
  func clear() {
    clearCount += 1
    screen = CellGrid(size: size)
  }

  /// Records the hand-over; the next paint is expected to repaint everything.
  func suspend() {
    suspended = true
    terminalLog.append(.suspended)
  }

  /// Records taking the terminal back; what was on it is gone, as after a child program.
  func resume(afterKeyPress prompt: String?) {
    suspended = false
    terminalLog.append(.resumed(prompt: prompt))
    screen = CellGrid(size: size)
  }

  /// Records the sequence.
  func send(_ sequence: ControlSequence) {
    terminalLog.append(.sent(sequence))
  }

  /// The next scripted event, following the rules in the type's description.
  func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    let idle = timeoutMilliseconds >= EventPolling.idleMilliseconds
    if !idle && timeoutMilliseconds > 0 {
      busyPolls += 1
      consecutiveBusyPolls += 1
      if consecutiveBusyPolls > busyPollLimit { return .endOfInput }
      // Let the reader's background work run instead of spinning on this core.
      _ = pause.wait(timeout: .now() + .microseconds(500))
      return nil
    }
    consecutiveBusyPolls = 0
    while next < steps.count {
      switch steps[next] {
      case .event(let event):
        next += 1
        if case .resize(let newSize) = event {
          size = newSize
          screen = CellGrid(size: newSize)
        }
        return event
      case .capture:
        guard idle else { return nil }
        captures.append(screen)
        next += 1
      case .waitForIdle:
        guard idle else { return nil }
        next += 1
      }
    }
    return idle ? .endOfInput : nil
  }

  /// Steps that type `text`, one character key per grapheme.
  static func typing(_ text: String) -> [Step] {
    text.map { .event(.key(.character($0))) }
  }

  /// A step that presses `key`.
  static func press(_ key: Key) -> Step {
    .event(.key(key))
  }
}
