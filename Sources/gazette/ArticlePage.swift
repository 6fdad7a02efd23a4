import GazetteModel
import GazetteText

/// The text `gazette show` prints for an article: title, metadata, blank line, wrapped body.
enum ArticlePage {
  /// The lines of the page, none wider than `width` columns.
  static func lines(of article: Article, body: ArticleBody, width: Int) -> [String] {
    var lines = TextLayout.wrappedLines(TextLayout.sanitizeLine(article.title), width: width)
    let metadata = metadataLine(of: article)
    if !metadata.isEmpty {
      lines += TextLayout.wrappedLines(TextLayout.sanitizeLine(metadata), width: width)
    }
    for paragraph in body.paragraphs {
      lines.append("")
      lines += TextLayout.wrappedLines(TextLayout.sanitize(paragraph), width: width)
    }
    return lines
  }

  /// Source · date · views · breadcrumb · url, leaving out what the article lacks.
  static func metadataLine(of article: Article) -> String {
    var parts: [String] = []
    if let source = article.source, !source.isEmpty { parts.append(source) }
    if let published = article.published { parts.append(published.dayString) }
    if let views = article.views { parts.append("\(views) \(views == 1 ? "view" : "views")") }
    if !article.category.isEmpty { parts.append(article.category.joined(separator: " › ")) }
    if let url = article.url, !url.isEmpty { parts.append(url) }
    return parts.joined(separator: " · ")
  }
}
