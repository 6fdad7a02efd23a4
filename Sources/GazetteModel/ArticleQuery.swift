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
  public func matchesFilters(_ article: Article) -> Bool {
    if !sources.isEmpty && !sources.contains(article.source ?? "") { return false }
    if let since {
      guard let day = article.published, day.dayString >= since.dayString else { return false }
    }
    if let until {
      guard let day = article.published, day.dayString <= until.dayString else { return false }
    }
    return true
  }

  /// Whether the title or source contains the search (an empty search matches).
  public func matchesMetadataSearch(_ article: Article) -> Bool {
    search.matches(article.title) || search.matches(article.source ?? "")
  }
}
