import GazetteIndex
import GazetteModel

/// The reader's I/O on a data directory: the list (from the index or by `ArticleLoader`,
/// then kept current by `LiveDirectory`), `BodyReader` and a body search, through the
/// directory's index once it is known current.
struct DirectoryArticleProvider: ArticleProvider {
  /// The data directory.
  let root: String
  /// Limits applied to every file.
  let limits: LoadLimits
  /// The directory's index, prepared after the load (see `PreparedIndex`).
  let index = PreparedIndex()

  /// The environment: where the index is, and whether to use one (`GAZETTE_NO_INDEX`).
  let environment: [String: String]

  /// Creates a provider for the directory at `root`, using an index as `environment` says.
  init(
    root: String, limits: LoadLimits = .standard,
    environment: [String: String] = ["GAZETTE_NO_INDEX": "1"]
  ) {
    self.root = root
    self.limits = limits
    self.environment = environment
  }

  /// Loads through `LiveDirectory` (the index's list at once when there is one) and follows
  /// the directory while the reader runs.
  func loadAndFollow(
    isCancelled: @escaping @Sendable () -> Bool, requests: ReloadRequest,
    onBatch: @escaping @Sendable (LoadBatch) -> Void, onLoadEnded: @escaping () -> Void,
    onReload: @escaping (DirectoryReload) -> Void
  ) {
    LiveDirectory(root: root, limits: limits, environment: environment).run(
      isCancelled: isCancelled, requests: requests, prepared: index, onBatch: onBatch,
      onLoadEnded: onLoadEnded, onReload: onReload)
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
      index.prepare(directory: root, environment: environment)
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
