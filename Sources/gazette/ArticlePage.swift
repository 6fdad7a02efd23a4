import GazetteModel
import GazetteText

/// The text `gazette show` prints for an article: title, metadata, URL, blank line, body.
enum ArticlePage {
  /// The lines of the page, none wider than `width` columns.
  ///
  /// The URL has a line of its own, kept whole when it fits the width (the line breaker never
  /// breaks a URL that fits), so a terminal can make it clickable and it can be copied.
  static func lines(of article: Article, body: ArticleBody, width: Int) -> [String] {
    var lines = TextLayout.wrappedLines(TextLayout.sanitizeLine(article.title), width: width)
    let details = ArticleMetadata.details(of: article)
    if !details.isEmpty {
      lines += TextLayout.wrappedLines(TextLayout.sanitizeLine(details), width: width)
    }
    if let url = ArticleMetadata.url(of: article) {
      lines += TextLayout.wrappedLines(TextLayout.sanitizeLine(url), width: width)
    }
    for paragraph in body.paragraphs {
      lines.append("")
      lines += TextLayout.wrappedLines(TextLayout.sanitize(paragraph), width: width)
    }
    return lines
  }
}
