import GazetteModel

/// Recomputes the list for a new query: which articles pass the filters and the search.
///
/// Only titles and sources are matched here, off the main loop; body matches are merged in
/// by the reducer as the body search finds them.
public struct FilterJob: Sendable {
  /// Query generation the job belongs to.
  public var generation: Int
  /// The articles, in arrival order (a snapshot; copying it is free).
  public var articles: [Article]
  /// Arrival indices in list order.
  public var order: [Int32]
  /// The query.
  public var query: ArticleQuery

  /// Creates a job.
  public init(generation: Int, articles: [Article], order: [Int32], query: ArticleQuery) {
    self.generation = generation
    self.articles = articles
    self.order = order
    self.query = query
  }

  /// The rows that pass, in list order; `nil` when cancelled midway.
  public func run(isCancelled: () -> Bool = { false }) -> [Int32]? {
    var rows: [Int32] = []
    for (step, index) in order.enumerated() {
      if step % 1_024 == 0, isCancelled() { return nil }
      let article = articles[Int(index)]
      if query.matchesFilters(article), query.matchesMetadataSearch(article) {
        rows.append(index)
      }
    }
    return rows
  }
}
