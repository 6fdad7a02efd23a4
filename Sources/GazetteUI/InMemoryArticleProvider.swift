import GazetteModel

/// Articles held in memory, served like a data directory: for tests and demonstrations.
///
/// Articles are delivered in batches of `batchSize`, in the order given; problems come with
/// the first batch. A body is looked up by article id: a listed problem is thrown, a missing
/// body is an empty one.
struct InMemoryArticleProvider: ArticleProvider {
  /// The articles, in delivery order.
  var articles: [Article]
  /// Bodies by article id.
  var bodies: [String: ArticleBody]
  /// Problems reported with the first batch.
  var problems: [LoadProblem]
  /// Problems thrown when the body of the article with this id is read.
  var bodyProblems: [String: LoadProblem]
  /// Articles per batch.
  var batchSize: Int

  /// Creates a provider.
  init(
    articles: [Article], bodies: [String: ArticleBody] = [:], problems: [LoadProblem] = [],
    bodyProblems: [String: LoadProblem] = [:], batchSize: Int = 1_000
  ) {
    self.articles = articles
    self.bodies = bodies
    self.problems = problems
    self.bodyProblems = bodyProblems
    self.batchSize = max(1, batchSize)
  }

  /// Delivers the articles in batches (one article counts as one file).
  func loadArticles(
    isCancelled: @Sendable () -> Bool, onBatch: @Sendable (LoadBatch) -> Void
  ) {
    let total = articles.count
    var start = 0
    repeat {
      if isCancelled() { return }
      let end = min(total, start + batchSize)
      let progress = LoadProgress(
        filesFound: total, filesLoaded: end, articlesLoaded: end, discoveryFinished: true)
      onBatch(
        LoadBatch(
          articles: Array(articles[start..<end]), problems: start == 0 ? problems : [],
          progress: progress))
      start = end
    } while start < total
  }

  /// The body stored for the article's id.
  func body(of article: Article) throws(LoadProblem) -> ArticleBody {
    if let problem = bodyProblems[article.id] { throw problem }
    return bodies[article.id] ?? ArticleBody(paragraphs: [])
  }

  /// Searches the stored bodies one after another with `BodySearch`.
  func searchBodies(
    of articles: [Article], matching pattern: SearchPattern,
    isCancelled: @Sendable () -> Bool, onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    let provider = self
    let bodies = BodySearch.Bodies.reader { article throws(LoadProblem) in
      try provider.body(of: article)
    }
    BodySearch(articles: articles, pattern: pattern, bodies: bodies)
      .run(isCancelled: isCancelled, onProgress: onProgress)
  }
}
