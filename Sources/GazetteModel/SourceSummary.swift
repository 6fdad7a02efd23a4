/// One source with its article count and newest date.
public struct SourceSummary: Hashable, Sendable {
  /// The source's name as articles give it; `nil` for articles without a source.
  public var name: String?
  /// Number of articles from this source.
  public var count: Int
  /// The newest publication date among them.
  public var newest: PublishedDate?

  /// Creates a summary.
  public init(name: String?, count: Int, newest: PublishedDate?) {
    self.name = name
    self.count = count
    self.newest = newest
  }

  /// Summarises the sources of `articles`, most articles first, then by name.
  public static func summarize(_ articles: [Article]) -> [SourceSummary] {
    var byName: [String?: SourceSummary] = [:]
    for article in articles {
      var summary =
        byName[article.source] ?? SourceSummary(name: article.source, count: 0, newest: nil)
      summary.count += 1
      if let date = article.published, summary.newest.map({ date > $0 }) ?? true {
        summary.newest = date
      }
      byName[article.source] = summary
    }
    return byName.values.sorted {
      if $0.count != $1.count { return $0.count > $1.count }
      return ($0.name ?? "\u{10FFFF}") < ($1.name ?? "\u{10FFFF}")
    }
  }
}
