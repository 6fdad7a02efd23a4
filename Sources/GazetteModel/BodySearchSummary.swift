/// Everything a finished (or cancelled) `BodySearch` found.
public struct BodySearchSummary: Sendable {
  /// Positions, in the searched article array, of the articles whose body matches, ascending.
  public var matchingIndices: [Int]
  /// Files that could not be searched.
  public var problems: [LoadProblem]
  /// Articles searched.
  public var searched: Int
  /// Whether the search was cancelled before it finished.
  public var wasCancelled: Bool

  /// Creates a summary.
  public init(matchingIndices: [Int], problems: [LoadProblem], searched: Int, wasCancelled: Bool) {
    self.matchingIndices = matchingIndices
    self.problems = problems
    self.searched = searched
    self.wasCancelled = wasCancelled
  }

  /// Number of matching articles.
  public var matchCount: Int { matchingIndices.count }
}
