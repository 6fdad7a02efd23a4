import GazetteModel

/// Decides from an article's metadata what the list does with it for a query: the source and
/// date filters, and the search in its title and source.
///
/// The one place the filter pass (`FilterJob`), the reducer (batches that arrive, articles
/// that arrived during a filter pass) and the body search (`BodySearchJob`) ask. Titles and
/// sources are matched through the store's `ArticleSearchIndex`, folded once when their
/// batch arrived; an article the index does not cover yet is folded on the spot.
struct ArticleMatcher: Sendable {
  /// The query.
  let query: ArticleQuery
  /// The articles, in arrival order.
  let articles: [Article]
  /// The folded titles and sources of (a prefix of) `articles`.
  let searchIndex: ArticleSearchIndex

  /// A matcher for `query` over `articles`, indexed by `searchIndex`.
  init(query: ArticleQuery, articles: [Article], searchIndex: ArticleSearchIndex) {
    self.query = query
    self.articles = articles
    self.searchIndex = searchIndex
  }

  /// A matcher for `query` over the articles of `store`.
  init(query: ArticleQuery, store: ArticleStore) {
    self.init(query: query, articles: store.articles, searchIndex: store.searchIndex)
  }

  /// For each article of `range`, whether the list shows it without looking at its body.
  ///
  /// It does when it passes the filters and its title or source contains the search. `nil`
  /// when `isCancelled` turned true midway.
  func listedMask(in range: Range<Int>, isCancelled: () -> Bool = { false }) -> [Bool]? {
    guard var mask = searchHits(in: range, isCancelled: isCancelled) else { return nil }
    if hasFilters {
      for index in range where mask[index - range.lowerBound] {
        mask[index - range.lowerBound] = query.matchesFilters(articles[index])
      }
    }
    return mask
  }

  /// The articles of `range` the list shows without looking at their bodies, in arrival order.
  func listed(in range: Range<Int>) -> [Int32] {
    let range = range.clamped(to: articles.indices)
    let mask = listedMask(in: range) ?? []
    return mask.indices.compactMap { mask[$0] ? Int32(range.lowerBound + $0) : nil }
  }

  /// The articles of `range` whose bodies must be searched, in arrival order.
  ///
  /// They pass the filters but their title and source do not contain the search. `nil` when
  /// `isCancelled` turned true midway.
  func needingBodySearch(in range: Range<Int>, isCancelled: () -> Bool = { false })
    -> [Int32]?
  {
    let range = range.clamped(to: articles.indices)
    guard let hits = searchHits(in: range, isCancelled: isCancelled) else { return nil }
    var found: [Int32] = []
    for index in range where !hits[index - range.lowerBound] {
      if query.matchesFilters(articles[index]) { found.append(Int32(index)) }
    }
    return found
  }

  /// Whether a source or date filter is set.
  private var hasFilters: Bool {
    !query.sources.isEmpty || query.since != nil || query.until != nil
  }

  /// For each article of `range`, whether its title or source contains the search (all true
  /// for an empty search).
  private func searchHits(in range: Range<Int>, isCancelled: () -> Bool) -> [Bool]? {
    let range = range.clamped(to: articles.indices)
    guard !query.search.isEmpty else { return [Bool](repeating: true, count: range.count) }
    let indexed = range.clamped(to: 0..<searchIndex.count)
    guard var hits = searchIndex.hits(of: query.search, in: indexed, isCancelled: isCancelled)
    else { return nil }
    // Articles past the index (none once every batch has been indexed) are folded here.
    let rest = max(range.lowerBound, indexed.upperBound)..<range.upperBound
    for index in rest {
      hits.append(query.matchesMetadataSearch(articles[index]))
    }
    return hits
  }
}
