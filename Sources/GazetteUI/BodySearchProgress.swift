/// A report from a running body search: new matches and how far it has come.
public struct BodySearchProgress: Hashable, Sendable {
  /// Positions, in the searched array, of the articles found since the previous report.
  public var matches: [Int]
  /// Articles searched so far.
  public var searched: Int
  /// Articles to search in all.
  public var total: Int

  /// Creates a report.
  public init(matches: [Int], searched: Int, total: Int) {
    self.matches = matches
    self.searched = searched
    self.total = total
  }
}
