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

  /// Searches the bodies of `articles` on all cores with the model's `BodySearch`.
  func searchBodies(
    of articles: [Article], matching pattern: SearchPattern,
    isCancelled: @Sendable () -> Bool, onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    let search = BodySearch(articles: articles, pattern: pattern, root: root, limits: limits)
    var reportedFinal = false
    _ = search.run { chunk in
      // Chunks are small, so checking here stops a search the user has replaced promptly.
      if isCancelled() {
        search.cancel()
        return
      }
      reportedFinal = chunk.searched == chunk.total
      onProgress(
        BodySearchProgress(
          matches: chunk.matchingIndices, searched: chunk.searched, total: chunk.total))
    }
    if !reportedFinal && !isCancelled() && !search.isCancelled {
      onProgress(BodySearchProgress(matches: [], searched: articles.count, total: articles.count))
    }
  }
}
