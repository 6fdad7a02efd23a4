/// One load thread's tools: a reusable read buffer and a string interner.
final class LoadWorker {
  /// What one walk entry produced.
  struct EntryResult: Sendable {
    /// The articles (ids not yet unique across files).
    var articles: [Article] = []
    /// The problems, ordered by position.
    var problems: [LoadProblem] = []
    /// The file read, when it could be opened; a file reached twice is used once.
    var identity: FileIdentity?
    /// Whether the entry was a file (rather than a problem of the walk).
    var isFile = false
  }

  private let root: String
  private let limits: LoadLimits
  private let reader = FileContentsReader()
  private let interner = StringInterner()

  /// Creates a worker for the data directory `root`.
  init(root: String, limits: LoadLimits) {
    self.root = root
    self.limits = limits
  }

  /// Loads one walk entry.
  func process(_ entry: WalkEntry) -> EntryResult {
    switch entry {
    case .problem(let problem):
      return EntryResult(problems: [problem])
    case .file(let relativePath):
      var result = EntryResult(isFile: true)
      switch reader.read(path: root + "/" + relativePath, limit: limits.maxFileBytes) {
      case .contents(let bytes, let identity):
        let parse = ArticleFileDecoder.summaries(
          bytes: bytes, relativePath: relativePath, limits: limits, interner: interner)
        result.articles = parse.articles
        result.problems = parse.problems
        result.identity = identity
      case .failure(let reason):
        result.problems = [LoadProblem(path: relativePath, message: reason)]
      case .tooLarge(let size):
        let message = ProblemText.tooLarge(size, limit: limits.maxFileBytes)
        result.problems = [LoadProblem(path: relativePath, message: message)]
      }
      return result
    }
  }
}
