/// The search of article bodies for the current pattern, which runs in the background.
struct BodySearchState: Hashable, Sendable {
  /// The query generation this search belongs to.
  var generation = 0
  /// Whether a search may start: the typing paused, Enter was pressed, or the search came
  /// from the start options.
  var armed = false
  /// Whether a search is running.
  var running = false
  /// Articles with an arrival index below this have been searched (or are being searched).
  var covered = 0
  /// Articles searched by the running search.
  var searched = 0
  /// Articles the running search has to search.
  var total = 0
  /// Articles whose body matches (and whose title and source do not).
  var matches: Set<Int32> = []

  /// Creates the state of no search, for query generation `generation`.
  init(generation: Int = 0) {
    self.generation = generation
  }
}
