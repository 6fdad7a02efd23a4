/// The full text of an article, as paragraphs (NFC-normalised, not yet sanitised for display).
public struct ArticleBody: Hashable, Sendable {
  /// Paragraphs in order; none is empty.
  public var paragraphs: [String]

  /// Creates a body.
  public init(paragraphs: [String]) {
    self.paragraphs = paragraphs
  }

  /// Whether one of the paragraphs contains `pattern` (an empty pattern matches).
  ///
  /// The body search's rule for a body already read (see `BodySearch`): a paragraph is
  /// matched as the file's string for it is, folded by `SearchPattern`.
  public func contains(_ pattern: SearchPattern) -> Bool {
    pattern.isEmpty || paragraphs.contains { pattern.matches($0) }
  }
}
