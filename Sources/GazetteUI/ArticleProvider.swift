import GazetteModel

/// The reader's I/O: loading the articles, reading one body, searching bodies.
///
/// `ReaderApp` calls these on background threads and feeds the results back into the
/// reducer as actions. `DirectoryArticleProvider` reads a data directory;
/// `InMemoryArticleProvider` serves articles held in memory (tests, demos).
protocol ArticleProvider: Sendable {
  /// Loads every article, calling `onBatch` (never concurrently) as groups of them are ready.
  ///
  /// Blocks until the load is complete. `isCancelled` turns true when the reader has quit; a
  /// provider that can stop early should then return.
  func loadArticles(isCancelled: @Sendable () -> Bool, onBatch: @Sendable (LoadBatch) -> Void)

  /// Loads the articles and then follows their source until `isCancelled` turns true: the
  /// first list comes as batches (`onBatch`) or whole (`onReload`), then `onLoadEnded`; every
  /// later list (a change, a reload asked for through `requests`) comes through `onReload`.
  ///
  /// Runs on a thread of its own for as long as the reader runs. A provider whose articles
  /// never change loads them and returns.
  func loadAndFollow(
    isCancelled: @escaping @Sendable () -> Bool, requests: ReloadRequest,
    onBatch: @escaping @Sendable (LoadBatch) -> Void, onLoadEnded: @escaping () -> Void,
    onReload: @escaping (DirectoryReload) -> Void)

  /// The body of `article`, read when it is shown; throws the problem when it cannot be read.
  func body(of article: Article) throws(LoadProblem) -> ArticleBody

  /// Finds which of `articles` have a body matching `pattern`.
  ///
  /// Reports progress (and the matches found since the last report, as positions in
  /// `articles`) through `onProgress`, never concurrently, with a final report whose
  /// `searched == total` unless cancelled. Returns promptly once `isCancelled` is true.
  func searchBodies(
    of articles: [Article], matching pattern: SearchPattern,
    isCancelled: @Sendable () -> Bool, onProgress: @Sendable (BodySearchProgress) -> Void)
}

extension ArticleProvider {
  /// Loads the articles once; a reload asked for finds them as they were.
  func loadAndFollow(
    isCancelled: @escaping @Sendable () -> Bool, requests: ReloadRequest,
    onBatch: @escaping @Sendable (LoadBatch) -> Void, onLoadEnded: @escaping () -> Void,
    onReload: @escaping (DirectoryReload) -> Void
  ) {
    loadArticles(isCancelled: isCancelled, onBatch: onBatch)
    onLoadEnded()
  }
}
