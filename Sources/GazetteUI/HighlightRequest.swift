import GazetteModel

/// Matches asked for in the background: a large document and the pattern to find in it.
struct HighlightRequest: Hashable, Sendable {
  /// The document: an article at a width.
  var key: DocumentKey
  /// The pattern.
  var pattern: SearchPattern
}
