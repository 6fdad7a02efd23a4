/// A report from a running body search: new matches and how far it has come.
///
/// The one shape of body-search progress: `BodySearch` reports it, the reader's providers pass
/// it on, and the reader's action carries it (with the positions turned into arrival indices).
public struct BodySearchProgress: Hashable, Sendable {
  /// Positions, in the searched array, of the articles found since the previous report.
  public var matches: [Int]
  /// Files (or bodies) that could not be searched since the previous report.
  public var problems: [LoadProblem]
  /// Articles searched so far.
  public var searched: Int
  /// Articles to search in all.
  public var total: Int

  /// Creates a report.
  public init(matches: [Int], problems: [LoadProblem] = [], searched: Int, total: Int) {
    self.matches = matches
    self.problems = problems
    self.searched = searched
    self.total = total
  }
}
