import GazetteModel

/// A simple body search: reads the bodies one after another on the calling thread.
///
/// `InMemoryArticleProvider` uses it, where bodies cost nothing to read; a data directory is
/// searched by the model's parallel `BodySearch` instead, and this search follows its rule:
/// each paragraph is matched as `BodySearch` matches each string of an array body (the text as
/// it is, folded by `SearchPattern`), a body matches when one of them does, and an empty
/// pattern matches every article without reading it. Bodies that cannot be read count as
/// searched and not matching.
struct SequentialBodySearch: Sendable {
  /// How many articles are searched between two progress reports.
  static let reportEvery = 64

  /// Reads the bodies.
  let read: @Sendable (Article) throws(LoadProblem) -> ArticleBody

  /// Creates a search reading bodies with `read`.
  init(read: @escaping @Sendable (Article) throws(LoadProblem) -> ArticleBody) {
    self.read = read
  }

  /// Searches `articles` in order; see `ArticleProvider.searchBodies`.
  func search(
    _ articles: [Article], matching pattern: SearchPattern,
    isCancelled: @Sendable () -> Bool, onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    guard !pattern.isEmpty else {
      onProgress(
        BodySearchProgress(
          matches: Array(articles.indices), searched: articles.count, total: articles.count))
      return
    }
    var found: [Int] = []
    for (position, article) in articles.enumerated() {
      if isCancelled() { return }
      if let body = try? read(article), body.paragraphs.contains(where: { pattern.matches($0) }) {
        found.append(position)
      }
      let searched = position + 1
      if searched % Self.reportEvery == 0 || searched == articles.count {
        onProgress(BodySearchProgress(matches: found, searched: searched, total: articles.count))
        found.removeAll(keepingCapacity: true)
      }
    }
    if articles.isEmpty {
      onProgress(BodySearchProgress(matches: [], searched: 0, total: 0))
    }
  }
}
