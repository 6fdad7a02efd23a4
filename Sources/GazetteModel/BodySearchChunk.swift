/// Matches found by a running `BodySearch` in one group of files.
public struct BodySearchChunk: Sendable {
  /// Positions, in the searched article array, of the articles whose body matches.
  public var matchingIndices: [Int]
  /// Ids of those articles, in the same order.
  public var matchingIDs: [String]
  /// Files that could not be searched (vanished, unreadable, no longer valid).
  public var problems: [LoadProblem]
  /// Articles searched so far, this chunk included.
  public var searched: Int
  /// Articles to search in all.
  public var total: Int

  /// Creates a chunk.
  public init(
    matchingIndices: [Int], matchingIDs: [String], problems: [LoadProblem], searched: Int,
    total: Int
  ) {
    self.matchingIndices = matchingIndices
    self.matchingIDs = matchingIDs
    self.problems = problems
    self.searched = searched
    self.total = total
  }
}
