import GazetteIndex
import GazetteModel

/// The reader's I/O on a data directory: `ArticleLoader`, `BodyReader` and a body search,
/// through the directory's index once the load is done and the index is known current.
struct DirectoryArticleProvider: ArticleProvider {
  /// The data directory.
  let root: String
  /// Limits applied to every file.
  let limits: LoadLimits
  /// The directory's index, prepared after the load (see `PreparedIndex`).
  let index = PreparedIndex()

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
    // The list is on screen: bring an existing index up to date for the searches to come.
    if !isCancelled() {
      index.prepare(directory: root)
    }
  }

  /// Reads the body again from the article's file.
  func body(of article: Article) throws(LoadProblem) -> ArticleBody {
    try BodyReader(root: root, limits: limits).body(of: article)
  }

  /// Searches the bodies of `articles` through the index when one is prepared, else in their
  /// files, on all cores, with `BodySearch`.
  func searchBodies(
    of articles: [Article], matching pattern: SearchPattern,
    isCancelled: @Sendable () -> Bool, onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    if index.searchBodies(
      of: articles, matching: pattern, root: root, limits: limits, isCancelled: isCancelled,
      onProgress: onProgress)
    {
      return
    }
    BodySearch(articles: articles, pattern: pattern, root: root, limits: limits)
      .run(isCancelled: isCancelled, onProgress: onProgress)
  }
}
