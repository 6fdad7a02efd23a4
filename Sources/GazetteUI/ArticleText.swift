import GazetteModel
import GazetteText

/// An article as plain text: what `gazette show` prints, a saved file holds and a piped
/// command reads.
///
/// Title, the details line (source · date · views · breadcrumb), the URL on a line of its own,
/// then the body paragraphs after a blank line each, all wrapped to one width and sanitised:
/// no byte of the article can reach a terminal (or a file later shown in one) as a control
/// sequence.
public enum ArticleText {
  /// The width saved and piped articles are wrapped to, as `gazette show` off a terminal.
  public static let fileWidth = 80

  /// The lines of the article, none wider than `width` columns.
  ///
  /// The URL is kept whole when it fits the width (the line breaker never breaks a URL that
  /// fits), so a terminal can make it clickable and it can be copied.
  public static func lines(of article: Article, body: ArticleBody, width: Int) -> [String] {
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

  /// The article as one text, each line ending in a newline (`fileWidth` columns by default).
  public static func document(of article: Article, body: ArticleBody, width: Int = fileWidth)
    -> String
  {
    lines(of: article, body: body, width: width).map { $0 + "\n" }.joined()
  }
}
