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
