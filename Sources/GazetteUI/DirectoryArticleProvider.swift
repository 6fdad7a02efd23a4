import GazetteModel

/// The reader's I/O on a data directory: `ArticleLoader`, `BodyReader` and a body search.
public struct DirectoryArticleProvider: ArticleProvider {
  /// The data directory.
  public let root: String
  /// Limits applied to every file.
  public let limits: LoadLimits

  /// Creates a provider for the directory at `root`.
  public init(root: String, limits: LoadLimits = .standard) {
    self.root = root
    self.limits = limits
  }

  /// Streams the directory's articles through `ArticleLoader.load(onBatch:)`.
  ///
  /// The loader cannot be stopped midway, so `isCancelled` only silences later batches.
  public func loadArticles(
    isCancelled: @Sendable () -> Bool, onBatch: @Sendable (LoadBatch) -> Void
  ) {
    ArticleLoader(root: root, limits: limits).load { batch in
      if !isCancelled() { onBatch(batch) }
    }
  }

  /// Reads the body again from the article's file.
  public func body(of article: Article) throws(LoadProblem) -> ArticleBody {
    try BodyReader(root: root, limits: limits).body(of: article)
  }

  /// Searches the bodies of `articles` (see `SequentialBodySearch`).
  public func searchBodies(
    of articles: [Article], matching pattern: SearchPattern,
    isCancelled: @Sendable () -> Bool, onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    SequentialBodySearch(reader: BodyReader(root: root, limits: limits)).search(
      articles, matching: pattern, isCancelled: isCancelled, onProgress: onProgress)
  }
}
