/// Everything a finished load produced.
public struct LoadResult: Sendable {
  /// Articles, newest first, undated last (see `ArticleOrder`).
  public var articles: [Article]
  /// Problems, ordered by path then position.
  public var problems: [LoadProblem]
  /// Number of `.json` files read.
  public var fileCount: Int

  /// Creates a result.
  public init(articles: [Article], problems: [LoadProblem], fileCount: Int) {
    self.articles = articles
    self.problems = problems
    self.fileCount = fileCount
  }
}
