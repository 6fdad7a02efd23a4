/// Loads the articles of a data directory, in parallel, collecting problems instead of failing.
///
/// STUB (skeleton): the model work implements it.
public final class ArticleLoader: Sendable {
  /// The data directory.
  public let root: String
  /// Limits applied to every file.
  public let limits: LoadLimits

  /// Creates a loader for the directory at `root`.
  public init(root: String, limits: LoadLimits = .standard) {
    self.root = root
    self.limits = limits
  }

  /// Loads every article, using all cores, and returns them sorted with all problems.
  public func loadAll() -> LoadResult {
    preconditionFailure("skeleton")
  }

  /// Loads every article, calling `onBatch` (never concurrently) as groups of files finish.
  ///
  /// Returns when the load is complete; the last batch has `progress.isFinished`.
  public func load(onBatch: @Sendable (LoadBatch) -> Void) {
    preconditionFailure("skeleton")
  }
}
