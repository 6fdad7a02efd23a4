/// What the summary pass over one article file yielded: its articles' metadata (ids not yet
/// made unique across files) and its problems, ordered by position.
public struct ArticleFileSummaries: Sendable {
  /// Articles found in the file, in file order.
  public var articles: [Article]
  /// Problems found in the file, ordered by line and column.
  public var problems: [LoadProblem]

  /// Creates a result.
  public init(articles: [Article], problems: [LoadProblem]) {
    self.articles = articles
    self.problems = problems
  }
}
