import Foundation

/// Lists a data directory with the stamps of its files, and reads files for an index: the
/// articles, their body terms and the problems, on every core.
///
/// The pieces an index needs to build itself and to apply what changed since (see
/// `GazetteIndex`), with the loader's own walk, reading and parsing, so the index holds exactly
/// what a load would.
public final class DirectoryScanner: Sendable {
  /// The data directory.
  public let root: String
  /// Limits applied to every file.
  public let limits: LoadLimits

  /// Creates a scanner for the directory at `root`.
  public init(root: String, limits: LoadLimits = .standard) {
    var root = root
    while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
    self.root = root.isEmpty ? "." : root
    self.limits = limits
  }

  /// Walks the directory: every `.json` file with its stamp, and the walk's problems.
  public func list() -> DirectoryListing {
    var files: [DirectoryListing.File] = []
    var problems: [LoadProblem] = []
    var pending: [DirectoryListing.WalkProblem] = []
    DirectoryWalker(root: root).walk { entry in
      switch entry {
      case .file(let relativePath):
        for index in pending.indices where pending[index].beforePath == nil {
          pending[index].beforePath = relativePath
        }
        files.append(
          DirectoryListing.File(
            relativePath: relativePath, stamp: FileStamp(path: root + "/" + relativePath)))
      case .problem(let problem):
        problems.append(problem)
        pending.append(DirectoryListing.WalkProblem(problem: problem, beforePath: nil))
      }
    }
    return DirectoryListing(files: files, problems: pending)
  }

  /// Reads and parses `paths` on every core, calling `deliver` (never concurrently, on the
  /// calling thread) with the results in the order of `paths`, a chunk at a time; with
  /// `bodyTerms`, each article's body terms too (most of the cost of indexing).
  public func scan(_ paths: [String], bodyTerms: Bool = true, deliver: ([ScannedFile]) -> Void) {
    guard !paths.isEmpty else { return }
    let pipeline = OrderedWorkPipeline<String, ScannedFile>(chunkSize: { chunk in
      16 << min(chunk, 5)
    })
    pipeline.add(paths, found: paths.count)
    pipeline.finishInput()
    let root = root
    let limits = limits
    pipeline.run(
      workerCount: min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 16),
      makeWorker: {
        let reader = FileContentsReader()
        let interner = StringInterner()
        return { path in
          DirectoryScanner.scanFile(
            path, root: root, limits: limits, bodyTerms: bodyTerms, reader: reader,
            interner: interner)
        }
      },
      deliver: { files, _ in deliver(files) })
  }

  private static func scanFile(
    _ path: String, root: String, limits: LoadLimits, bodyTerms: Bool,
    reader: FileContentsReader, interner: StringInterner
  ) -> ScannedFile {
    // The stamp is taken before reading: a change during the read shows up as a newer stamp
    // at the next revalidation, never as new content under an old stamp.
    let fullPath = root + "/" + path
    let stamp = FileStamp(path: fullPath)
    var file = ScannedFile(
      relativePath: path, stamp: stamp, articles: [], bodyTerms: [], problems: [])
    switch reader.read(path: fullPath, limit: limits.maxFileBytes) {
    case .contents(let bytes, _):
      var scanner = ArticleJSONScanner(
        bytes: bytes, relativePath: path, limits: limits, interner: interner)
      if bodyTerms {
        let (parse, terms) = scanner.scanSummariesWithBodyTerms()
        file.articles = parse.articles
        file.bodyTerms = terms
        file.problems = parse.problems
      } else {
        let parse = scanner.scanSummaries()
        file.articles = parse.articles
        file.problems = parse.problems
      }
    case .failure(let reason):
      file.problems = [LoadProblem(path: path, message: reason)]
    case .tooLarge(let size):
      file.problems = [
        LoadProblem(path: path, message: ProblemText.tooLarge(size, limit: limits.maxFileBytes))
      ]
    }
    return file
  }
}
