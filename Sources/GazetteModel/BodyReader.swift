/// Reads an article's body from its file when it is needed.
///
/// STUB (skeleton): the model work implements it.
public struct BodyReader: Sendable {
  /// The data directory.
  public let root: String
  /// Limits applied when the file is read again.
  public let limits: LoadLimits

  /// Creates a reader for the directory at `root`.
  public init(root: String, limits: LoadLimits = .standard) {
    self.root = root
    self.limits = limits
  }

  /// The body of `article`; throws a `LoadProblem` when the file changed or vanished since.
  public func body(of article: Article) throws(LoadProblem) -> ArticleBody {
    preconditionFailure("skeleton")
  }
}
