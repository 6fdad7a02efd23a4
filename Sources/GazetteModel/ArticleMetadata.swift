/// The metadata line shown under an article's title, by `gazette show` and by the reader.
public enum ArticleMetadata {
  /// Source · date · views · breadcrumb · url, leaving out what the article lacks.
  ///
  /// Views are grouped by thousands ("1,234 views", "1 view"), breadcrumb levels are joined
  /// with " › " (empty levels left out). Empty when the article has none of these. The text is
  /// the article's own: sanitise it before drawing.
  public static func line(of article: Article) -> String {
    var parts: [String] = []
    if let source = article.source, !source.isEmpty { parts.append(source) }
    if let published = article.published { parts.append(published.dayString) }
    if let views = article.views {
      parts.append("\(GroupedNumber.format(views)) \(views == 1 ? "view" : "views")")
    }
    let crumbs = article.category.filter { !$0.isEmpty }
    if !crumbs.isEmpty { parts.append(crumbs.joined(separator: " › ")) }
    if let url = article.url, !url.isEmpty { parts.append(url) }
    return parts.joined(separator: " · ")
  }
}
