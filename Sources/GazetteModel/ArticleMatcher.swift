/// Decides which articles a query shows: the source and date filters, the search in title and
/// source, and which bodies must be searched for the rest.
///
/// The one place that decides it, for `gazette list` (`matchingIndices(searchingBodiesIn:)`)
/// and for the reader (its filter pass, the batches that arrive, its body search). Titles and
/// sources are matched through an `ArticleSearchIndex`, folded once when their batch arrived;
/// an article the index does not cover is folded on the spot (with no index, every one is).
public struct ArticleMatcher: Sendable {
  /// The query.
  public let query: ArticleQuery
  /// The articles, in arrival order.
  public let articles: [Article]
  /// The folded titles and sources of (a prefix of) `articles`.
  public let searchIndex: ArticleSearchIndex

  /// A matcher for `query` over `articles`, indexed by `searchIndex` (by default none: titles
  /// and sources are folded as they are matched, once each).
  public init(
    query: ArticleQuery, articles: [Article], searchIndex: ArticleSearchIndex = ArticleSearchIndex()
  ) {
    self.query = query
    self.articles = articles
    self.searchIndex = searchIndex
  }

  /// For each article of `range`, whether the list shows it without looking at its body.
  ///
  /// It does when it passes the filters and its title or source contains the search. `nil`
  /// when `isCancelled` turned true midway.
  public func listedMask(in range: Range<Int>, isCancelled: () -> Bool = { false }) -> [Bool]? {
    guard var mask = searchHits(in: range, isCancelled: isCancelled) else { return nil }
    if hasFilters {
      for index in range where mask[index - range.lowerBound] {
        mask[index - range.lowerBound] = query.matchesFilters(articles[index])
      }
    }
    return mask
  }

  /// The articles of `range` the list shows without looking at their bodies, in arrival order.
  public func listed(in range: Range<Int>) -> [Int32] {
    let range = range.clamped(to: articles.indices)
    let mask = listedMask(in: range) ?? []
    return mask.indices.compactMap { mask[$0] ? Int32(range.lowerBound + $0) : nil }
  }

  /// The articles of `range` whose bodies must be searched, in arrival order.
  ///
  /// They pass the filters but their title and source do not contain the search. `nil` when
  /// `isCancelled` turned true midway.
  public func needingBodySearch(in range: Range<Int>, isCancelled: () -> Bool = { false })
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

  /// The articles the query shows, body search included, as positions in `articles`
  /// (ascending): what `gazette list` prints.
  ///
  /// Only the bodies of articles that pass the filters but whose title and source do not
  /// match are read, from the files under `root`, on all cores.
  public func matchingIndices(searchingBodiesIn root: String, limits: LoadLimits = .standard)
    -> [Int]
  {
    let all = articles.indices
    var listed = listedMask(in: all) ?? []
    let candidates = needingBodySearch(in: all) ?? []
    if !candidates.isEmpty {
      let search = BodySearch(
        articles: candidates.map { articles[Int($0)] }, pattern: query.search, root: root,
        limits: limits)
      for position in search.run(onProgress: { _ in }).matchingIndices {
        listed[Int(candidates[position])] = true
      }
    }
    return listed.indices.filter { listed[$0] }
  }
}
