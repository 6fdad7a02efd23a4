import GazetteModel

/// The reader's I/O on a data directory: `ArticleLoader`, `BodyReader` and a body search.
struct DirectoryArticleProvider: ArticleProvider {
  /// The data directory.
  let root: String
  /// Limits applied to every file.
  let limits: LoadLimits

  /// Creates a provider for the directory at `root`.
  init(root: String, limits: LoadLimits = .standard) {
    self.root = root
    self.limits = limits
  }

  /// Streams the directory's articles through `ArticleLoader.load(onBatch:)`.
  ///
  /// The loader cannot be stopped midway, so `isCancelled` only silences later batches.
  func loadArticles(
    isCancelled: @Sendable () -> Bool, onBatch: @Sendable (LoadBatch) -> Void
  ) {
    ArticleLoader(root: root, limits: limits).load { batch in
      if !isCancelled() { onBatch(batch) }
    }
  }

  /// Reads the body again from the article's file.
  func body(of article: Article) throws(LoadProblem) -> ArticleBody {
    try BodyReader(root: root, limits: limits).body(of: article)
  }

  /// Searches the bodies of `articles` in their files, on all cores, with `BodySearch`.
  func searchBodies(
    of articles: [Article], matching pattern: SearchPattern,
    isCancelled: @Sendable () -> Bool, onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    BodySearch(articles: articles, pattern: pattern, root: root, limits: limits)
      .run(isCancelled: isCancelled, onProgress: onProgress)
  }
}
