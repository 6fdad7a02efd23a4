/// What the user asked to see: sources, a search and a date range.
///
/// A value, so it can be compared and restored.
public struct ArticleQuery: Hashable, Sendable {
  /// Sources to show (exact match); empty shows all.
  public var sources: [String]
  /// Search over title, source and body.
  public var search: SearchPattern
  /// Earliest day shown, inclusive.
  public var since: PublishedDate?
  /// Latest day shown, inclusive.
  public var until: PublishedDate?

  /// Creates a query; the defaults match everything.
  public init(
    sources: [String] = [], search: SearchPattern = SearchPattern(""),
    since: PublishedDate? = nil, until: PublishedDate? = nil
  ) {
    self.sources = sources
    self.search = search
    self.since = since
    self.until = until
  }

  /// Whether the article passes the source and date filters (the body search is separate).
  ///
  /// Dates compare by calendar day as written, both ends inclusive: with `until` 2023-05-05,
  /// an article of 2023-05-05T23:59 is shown. Undated articles fail any date filter. An
  /// article without a source matches the source `""`.
  func matchesFilters(_ article: Article) -> Bool {
    if !sources.isEmpty && !sources.contains(article.source ?? "") { return false }
    if since != nil || until != nil {
      guard let published = article.published else { return false }
      let day = ArticleQuery.dayNumber(published)
      if let since, day < ArticleQuery.dayNumber(since) { return false }
      if let until, day > ArticleQuery.dayNumber(until) { return false }
    }
    return true
  }

  /// A number that orders calendar days, ignoring the time of day.
  private static func dayNumber(_ date: PublishedDate) -> Int {
    date.year * 10_000 + date.month * 100 + date.day
  }

  /// Whether the title or source contains the search (an empty search matches).
  func matchesMetadataSearch(_ article: Article) -> Bool {
    search.matches(article.title) || search.matches(article.source ?? "")
  }
}
