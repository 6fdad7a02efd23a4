import GazetteModel

/// Matches asked for in the background: a large document and the pattern to find in it.
public struct HighlightRequest: Hashable, Sendable {
  /// The document: an article at a width.
  public var key: DocumentKey
  /// The pattern.
  public var pattern: SearchPattern

  /// Creates a request.
  public init(key: DocumentKey, pattern: SearchPattern) {
    self.key = key
    self.pattern = pattern
  }
}
