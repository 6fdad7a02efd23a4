/// An article built from an extracted page, with everything that was removed on the way.
public struct CleanedArticle: Sendable, Equatable {
  /// The article to write.
  public var article: ImportedArticle
  /// What was removed or cut, in the order it was found.
  public var removed: [RemovedFragment]
  /// Paragraphs flagged as spam but kept because of `--keep-suspect`.
  public var keptSuspects: [RemovedFragment]
}
