/// A report from a running body search: new matches and how far it has come.
struct BodySearchProgress: Hashable, Sendable {
  /// Positions, in the searched array, of the articles found since the previous report.
  var matches: [Int]
  /// Articles searched so far.
  var searched: Int
  /// Articles to search in all.
  var total: Int
}
