/// Identifies a wrapped document: one article at one width.
public struct DocumentKey: Hashable, Sendable {
  /// Arrival index of the article.
  public var article: Int32
  /// Wrapping width.
  public var width: Int

  /// Creates a key.
  public init(article: Int32, width: Int) {
    self.article = article
    self.width = width
  }

  /// The key of `document`.
  public init(of document: ReaderDocument) {
    self.init(article: document.article, width: document.width)
  }
}
