/// What the reader pane shows and how far it is scrolled.
public struct ReaderPosition: Hashable, Sendable {
  /// Arrival index of the article shown.
  public var article: Int32?
  /// The first document line shown.
  public var top = 0
  /// The match `n`/`N` last jumped to, as an index into the document's matches.
  public var currentMatch: Int?
  /// Where to return once a document being wrapped in the background arrives (after a
  /// resize of a large article).
  public var pendingAnchor: ReaderDocument.Anchor?
  /// Whether to show the end of a document being wrapped in the background once it arrives.
  public var pendingEnd = false

  /// Creates a position at the top of `article`.
  public init(article: Int32? = nil) {
    self.article = article
  }
}
