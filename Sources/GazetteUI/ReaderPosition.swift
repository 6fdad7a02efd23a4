/// What the reader pane shows and how far it is scrolled.
struct ReaderPosition: Hashable, Sendable {
  /// Arrival index of the article shown.
  var article: Int32?
  /// The first document line shown.
  var top = 0
  /// The match `n`/`N` last jumped to, as an index into the document's matches.
  var currentMatch: Int?
  /// Where to return once a document being wrapped in the background arrives (after a
  /// resize of a large article).
  var pendingAnchor: ReaderDocument.Anchor?
  /// Whether to show the end of a document being wrapped in the background once it arrives.
  var pendingEnd = false

  /// Creates a position at the top of `article`.
  init(article: Int32? = nil) {
    self.article = article
  }
}
