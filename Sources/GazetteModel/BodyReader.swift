/// Reads an article's body from its file when it is needed.
///
/// The file is read and parsed again (bodies are never kept by the loader). If the file
/// vanished, became unreadable or no longer holds the article at the same place with the same
/// title, the result is a `LoadProblem` for the UI to show instead of the body.
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
    let path = article.location.relativePath
    let reader = FileContentsReader()
    switch reader.read(path: root + "/" + path, limit: limits.maxFileBytes) {
    case .contents(let bytes, _):
      return try ArticleFileDecoder.body(
        bytes: bytes, relativePath: path, index: article.location.index,
        expectedTitle: article.title, limits: limits)
    case .failure(let reason):
      throw LoadProblem(path: path, message: reason)
    case .tooLarge(let size):
      throw LoadProblem(path: path, message: ProblemText.tooLarge(size, limit: limits.maxFileBytes))
    }
  }
}
