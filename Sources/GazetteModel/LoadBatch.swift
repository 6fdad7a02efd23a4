/// Articles and problems from a group of files, delivered while a load is under way.
public struct LoadBatch: Sendable {
  /// Articles from these files (ids already made unique against earlier batches).
  public var articles: [Article]
  /// Problems found in these files.
  public var problems: [LoadProblem]
  /// Progress after this batch.
  public var progress: LoadProgress

  /// Creates a batch.
  public init(articles: [Article], problems: [LoadProblem], progress: LoadProgress) {
    self.articles = articles
    self.problems = problems
    self.progress = progress
  }
}
