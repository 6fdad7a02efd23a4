import GazetteModel

/// Searches the bodies of a range of articles for the query's pattern, off the main loop.
///
/// Only articles that pass the source and date filters and whose title and source do not
/// already match are searched.
struct BodySearchJob: Sendable {
  /// Query generation the job belongs to.
  var generation: Int
  /// The articles, in arrival order (a snapshot).
  var articles: [Article]
  /// Arrival indices to search.
  var range: Range<Int>
  /// The query.
  var query: ArticleQuery
  /// The folded titles and sources of the articles (those it does not cover are folded by
  /// the job).
  var searchIndex: ArticleSearchIndex

  /// Creates a job.
  init(
    generation: Int, articles: [Article], range: Range<Int>, query: ArticleQuery,
    searchIndex: ArticleSearchIndex = ArticleSearchIndex()
  ) {
    self.generation = generation
    self.articles = articles
    self.range = range
    self.query = query
    self.searchIndex = searchIndex
  }

  /// Runs the search with `provider`, reporting progress as actions through `report`.
  ///
  /// The last report is `.bodySearchFinished` unless the search was cancelled.
  func run(
    with provider: some ArticleProvider, isCancelled: @escaping @Sendable () -> Bool,
    report: @escaping @Sendable (ReaderAction) -> Void
  ) {
    let matcher = ArticleMatcher(query: query, articles: articles, searchIndex: searchIndex)
    guard let candidates = matcher.needingBodySearch(in: range, isCancelled: isCancelled)
    else { return }
    let chosen = candidates.map { articles[Int($0)] }
    let generation = generation
    let searchedIndices = candidates
    provider.searchBodies(of: chosen, matching: query.search, isCancelled: isCancelled) {
      progress in
      var found = progress
      found.matches = progress.matches.compactMap { position in
        searchedIndices.indices.contains(position) ? Int(searchedIndices[position]) : nil
      }
      report(.bodySearchProgress(generation: generation, found))
    }
    if !isCancelled() {
      report(.bodySearchFinished(generation: generation, searchedThrough: range.upperBound))
    }
  }
}
