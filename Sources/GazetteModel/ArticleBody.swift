/// The full text of an article, as paragraphs (NFC-normalised, not yet sanitised for display).
public struct ArticleBody: Hashable, Sendable {
  /// Paragraphs in order; none is empty.
  public var paragraphs: [String]

  /// Creates a body.
  public init(paragraphs: [String]) {
    self.paragraphs = paragraphs
  }
}
