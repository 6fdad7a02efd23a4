/// The rows of the list while a filter (source, search or dates) is active.
struct ListFilter: Hashable, Sendable {
  /// Arrival indices of the articles that pass, in list order; `nil` when no filter is active
  /// (the list is then the store's whole order).
  var rows: [Int32]?
  /// Bumped whenever the query changes, so late results of an older query are ignored.
  var generation = 0
  /// Whether the rows are being recomputed in the background for the current query.
  var pending = false

  /// Creates the unfiltered state.
  init() {}
}
