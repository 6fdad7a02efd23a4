/// The search of article bodies for the current pattern, which runs in the background.
public struct BodySearchState: Hashable, Sendable {
  /// The query generation this search belongs to.
  public var generation = 0
  /// Whether a search may start: the typing paused, Enter was pressed, or the search came
  /// from the start options.
  public var armed = false
  /// Whether a search is running.
  public var running = false
  /// Articles with an arrival index below this have been searched (or are being searched).
  public var covered = 0
  /// Articles searched by the running search.
  public var searched = 0
  /// Articles the running search has to search.
  public var total = 0
  /// Articles whose body matches (and whose title and source do not).
  public var matches: Set<Int32> = []

  /// Creates the state of no search, for query generation `generation`.
  public init(generation: Int = 0) {
    self.generation = generation
  }
}
