/// The metadata shown under an article's title, by `gazette show` and by the reader.
public enum ArticleMetadata {
  /// Source · date · views · breadcrumb, leaving out what the article lacks.
  ///
  /// Views are grouped by thousands ("1,234 views", "1 view"), breadcrumb levels are joined
  /// with " › " (empty levels left out). Empty when the article has none of these. The text is
  /// the article's own: sanitise it before drawing.
  public static func details(of article: Article) -> String {
    var parts: [String] = []
    if let source = article.source, !source.isEmpty { parts.append(source) }
    if let published = article.published { parts.append(published.dayString) }
    if let views = article.views {
      parts.append("\(GroupedNumber.format(views)) \(views == 1 ? "view" : "views")")
    }
    let crumbs = article.category.filter { !$0.isEmpty }
    if !crumbs.isEmpty { parts.append(crumbs.joined(separator: " › ")) }
    return parts.joined(separator: " · ")
  }

  /// The article's URL, shown on a line of its own so it can be clicked and copied whole;
  /// nil when it has none.
  public static func url(of article: Article) -> String? {
    guard let url = article.url, !url.isEmpty else { return nil }
    return url
  }
}
