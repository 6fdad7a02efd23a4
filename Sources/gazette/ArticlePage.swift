import GazetteModel
import GazetteText

/// The text `gazette show` prints for an article: title, metadata, blank line, wrapped body.
enum ArticlePage {
  /// The lines of the page, none wider than `width` columns.
  static func lines(of article: Article, body: ArticleBody, width: Int) -> [String] {
    var lines = TextLayout.wrappedLines(TextLayout.sanitizeLine(article.title), width: width)
    let metadata = ArticleMetadata.line(of: article)
    if !metadata.isEmpty {
      lines += TextLayout.wrappedLines(TextLayout.sanitizeLine(metadata), width: width)
    }
    for paragraph in body.paragraphs {
      lines.append("")
      lines += TextLayout.wrappedLines(TextLayout.sanitize(paragraph), width: width)
    }
    return lines
  }
}
