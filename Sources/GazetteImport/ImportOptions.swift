/// How `gazette import` runs.
public struct ImportOptions: Sendable {
  /// The target directory; nil only for a dry run.
  public var into: String?
  /// The source name for every article (`--source`).
  public var source: String?
  /// Decide and report, write nothing (`--dry-run`).
  public var dryRun = false
  /// Rewrite articles that changed (`--update`).
  public var update = false
  /// Keep paragraphs flagged as spam (`--keep-suspect`).
  public var keepSuspect = false
  /// The encoding of every page (`--encoding`).
  public var encoding: TextEncoding?
  /// The bounds.
  public var limits = ImportLimits.standard
  /// Where ETag/Last-Modified are remembered; nil remembers nothing.
  public var validatorStorePath: String?

  /// Creates options.
  public init(into: String?) {
    self.into = into
  }
}
