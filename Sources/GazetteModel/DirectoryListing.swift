/// What a walk of a data directory found, in path order: every `.json` file with its stamp,
/// and the problems of the walk itself (folders that cannot be read, odd entries).
public struct DirectoryListing: Sendable {
  /// One `.json` file.
  public struct File: Hashable, Sendable {
    /// Path relative to the data directory.
    public var relativePath: String
    /// Its stamp; `nil` when it vanished between the walk and the `stat`.
    public var stamp: FileStamp?

    /// Creates an entry.
    public init(relativePath: String, stamp: FileStamp?) {
      self.relativePath = relativePath
      self.stamp = stamp
    }
  }

  /// A problem of the walk, with the file it comes before.
  public struct WalkProblem: Hashable, Sendable {
    /// The problem.
    public var problem: LoadProblem
    /// The path of the first file the walk found after it; `nil` when none came after.
    public var beforePath: String?

    /// Creates a walk problem.
    public init(problem: LoadProblem, beforePath: String?) {
      self.problem = problem
      self.beforePath = beforePath
    }
  }

  /// The files, in path order.
  public var files: [File]
  /// The walk's problems, in walk order.
  public var problems: [WalkProblem]

  /// Creates a listing.
  public init(files: [File], problems: [WalkProblem]) {
    self.files = files
    self.problems = problems
  }
}
