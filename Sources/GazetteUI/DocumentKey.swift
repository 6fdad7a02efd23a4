/// Identifies a wrapped document: one article at one width.
struct DocumentKey: Hashable, Sendable {
  /// Arrival index of the article.
  var article: Int32
  /// Wrapping width.
  var width: Int

  /// Creates a key.
  init(article: Int32, width: Int) {
    self.article = article
    self.width = width
  }

  /// The key of `document`.
  init(of document: ReaderDocument) {
    self.init(article: document.article, width: document.width)
  }
}
