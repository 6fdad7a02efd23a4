import GazetteModel

/// The articles a body search found in the index: every article whose body contains the
/// pattern is there; when `areExact` is false, some others may be too.
public struct BodyCandidates: Sendable {
  /// The places (file and number in it) of the articles found.
  public var places: Set<ArticleLocation>
  /// Whether every article found contains the pattern.
  public var areExact: Bool
}
