/// One `.json` file of a data directory as an index keeps it: its stamp, its articles (ids as
/// the file gives them, not yet made unique across files), their body terms and its problems.
public struct ScannedFile: Sendable {
  /// Path relative to the data directory.
  public var relativePath: String
  /// The stamp taken before the file was read; `nil` when it could not be examined.
  public var stamp: FileStamp?
  /// The articles, in file order.
  public var articles: [Article]
  /// For each article, its body's search terms (`SearchFoldingTerms`), UTF-8.
  public var bodyTerms: [[UInt8]]
  /// The file's problems, ordered by position.
  public var problems: [LoadProblem]

  /// Creates a scanned file.
  public init(
    relativePath: String, stamp: FileStamp?, articles: [Article], bodyTerms: [[UInt8]],
    problems: [LoadProblem]
  ) {
    self.relativePath = relativePath
    self.stamp = stamp
    self.articles = articles
    self.bodyTerms = bodyTerms
    self.problems = problems
  }
}
