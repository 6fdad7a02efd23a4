/// The reading state of every article the store knows, in memory: what a command or the reader
/// asks while drawing, without touching the disk.
public struct ReadingStateSnapshot: Sendable {
  /// The state per article id; ids with no state are absent.
  public private(set) var states: ReadingStateTable
  /// When the previous reader run began, the line between "new" and not; `nil` before the
  /// first run, when nothing counts as new.
  public var previousRunStart: StateTime?

  /// Creates a snapshot of `states`.
  public init(states: [String: ArticleReadingState] = [:], previousRunStart: StateTime? = nil) {
    self.init(table: ReadingStateTable(states), previousRunStart: previousRunStart)
  }

  /// Creates a snapshot of the states in `table`.
  public init(table: ReadingStateTable, previousRunStart: StateTime? = nil) {
    self.states = table
    self.previousRunStart = previousRunStart
  }

  /// The state of article `id` (empty when the store has none).
  public func state(of id: String) -> ArticleReadingState {
    states[id] ?? ArticleReadingState()
  }

  /// Whether article `id` is read.
  public func isRead(_ id: String) -> Bool {
    states[id]?.isRead ?? false
  }

  /// Whether article `id` is flagged.
  public func isFlagged(_ id: String) -> Bool {
    states[id]?.isFlagged ?? false
  }

  /// Whether article `id` is new: unread, and first seen after the previous run began (an
  /// article no run has seen yet is being seen now, so it is new too).
  public func isNew(_ id: String) -> Bool {
    guard let previousRunStart else { return false }
    guard let state = states[id] else { return true }
    if state.isRead { return false }
    guard let firstSeen = state.firstSeen else { return true }
    return firstSeen > previousRunStart
  }

  /// Merges `change` into the state of `id` (times included); returns whether what the state
  /// shows changed: read, flagged or first seen, not only the time of a change.
  @discardableResult
  public mutating func merge(_ change: ArticleReadingState, into id: String) -> Bool {
    guard !change.isEmpty else { return false }
    // One look-up of the id: the entry is changed in place (or created).
    return states.update(id) { Self.merge(change, into: &$0) }
  }

  private static func merge(_ change: ArticleReadingState, into state: inout ArticleReadingState)
    -> Bool
  {
    let before = (state.isRead, state.isFlagged, state.firstSeen)
    guard state.merge(change) else { return false }
    return before != (state.isRead, state.isFlagged, state.firstSeen)
  }
}
