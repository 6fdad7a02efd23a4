import Foundation

/// Finds the articles whose body contains a pattern, reading the files again on all cores.
///
/// Files are grouped (an array file is read once for all its articles) and searched in chunks;
/// `run(onChunk:)` reports each chunk's matches as it finishes, on the calling thread and never
/// concurrently, so a list can narrow while the search runs. `cancel()`, from any thread, stops
/// it within one small chunk of files. One `BodySearch` runs once: a second `run` finds
/// nothing.
public final class BodySearch: Sendable {
  /// The files to read and, for each, the articles in it.
  private struct FileGroup: Sendable {
    var relativePath: String
    /// (position in `articles`, number in the file or `nil` for a single object).
    var members: [(position: Int, number: Int?)]
  }

  /// What searching one file gave.
  private struct FileOutcome: Sendable {
    var matchingIndices: [Int] = []
    var problem: LoadProblem?
    var searched = 0
  }

  /// The articles searched, as given.
  public let articles: [Article]
  /// What is searched for.
  public let pattern: SearchPattern
  /// The data directory.
  public let root: String
  /// Limits applied when files are read again.
  public let limits: LoadLimits
  private let pipeline = OrderedWorkPipeline<FileGroup, FileOutcome>(chunkSize: { chunk in
    // Small chunks: matches show up early and cancelling is quick.
    chunk < 4 ? 8 : 64
  })

  /// Prepares a search of the bodies of `articles` for `pattern`.
  public init(
    articles: [Article], pattern: SearchPattern, root: String, limits: LoadLimits = .standard
  ) {
    self.articles = articles
    self.pattern = pattern
    self.root = root
    self.limits = limits
  }

  /// Stops the search soon; `run` then returns with `wasCancelled` set.
  public func cancel() {
    pipeline.cancel()
  }

  /// Whether `cancel()` was called.
  public var isCancelled: Bool { pipeline.isCancelled }

  /// Searches every body, calling `onChunk` with the matches of each group of files.
  public func run(onChunk: (BodySearchChunk) -> Void) -> BodySearchSummary {
    let total = articles.count
    var matching: [Int] = []
    var problems: [LoadProblem] = []
    var searched = 0
    if pattern.isEmpty {
      let everything = Array(articles.indices)
      onChunk(
        BodySearchChunk(
          matchingIndices: everything, matchingIDs: articles.map(\.id), problems: [],
          searched: total, total: total))
      return BodySearchSummary(
        matchingIndices: everything, problems: [], searched: total, wasCancelled: false)
    }
    pipeline.add(groups(), found: 0)
    pipeline.finishInput()
    let root = root
    let limits = limits
    let pattern = pattern
    let pipeline = pipeline
    pipeline.run(
      workerCount: min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 16),
      makeWorker: {
        let reader = FileContentsReader()
        return { group in
          BodySearch.search(
            group, pattern: pattern, root: root, limits: limits, reader: reader,
            isCancelled: { pipeline.isCancelled })
        }
      },
      deliver: { outcomes, _ in
        var chunk = BodySearchChunk(
          matchingIndices: [], matchingIDs: [], problems: [], searched: searched, total: total)
        for outcome in outcomes {
          chunk.matchingIndices.append(contentsOf: outcome.matchingIndices)
          if let problem = outcome.problem { chunk.problems.append(problem) }
          chunk.searched += outcome.searched
        }
        chunk.matchingIDs = chunk.matchingIndices.map { articles[$0].id }
        searched = chunk.searched
        matching.append(contentsOf: chunk.matchingIndices)
        problems.append(contentsOf: chunk.problems)
        onChunk(chunk)
      })
    return BodySearchSummary(
      matchingIndices: matching.sorted(), problems: problems, searched: searched,
      wasCancelled: pipeline.isCancelled)
  }

  /// The articles grouped by file, files in order of first appearance.
  private func groups() -> [FileGroup] {
    var groups: [FileGroup] = []
    var groupOfPath: [String: Int] = [:]
    for (position, article) in articles.enumerated() {
      let path = article.location.relativePath
      let member = (position: position, number: article.location.index)
      if let group = groupOfPath[path] {
        groups[group].members.append(member)
      } else {
        groupOfPath[path] = groups.count
        groups.append(FileGroup(relativePath: path, members: [member]))
      }
    }
    return groups
  }

  /// The positions of the `members` whose number in the file is one of `numbers`, in member
  /// order.
  ///
  /// One pass over `numbers` into a set: a file of 100,000 matching articles costs 100,000
  /// lookups, not the 5·10^9 comparisons of searching the list once per article.
  static func positions(
    of members: [(position: Int, number: Int?)], numberedIn numbers: some Sequence<Int?>
  ) -> [Int] {
    let wanted = Set(numbers)
    guard !wanted.isEmpty else { return [] }
    var found: [Int] = []
    for member in members where wanted.contains(member.number) {
      found.append(member.position)
    }
    return found
  }

  private static func search(
    _ group: FileGroup, pattern: SearchPattern, root: String, limits: LoadLimits,
    reader: FileContentsReader, isCancelled: () -> Bool
  ) -> FileOutcome {
    var outcome = FileOutcome()
    guard !isCancelled() else { return outcome }
    outcome.searched = group.members.count
    let path = group.relativePath
    switch reader.read(path: root + "/" + path, limit: limits.maxFileBytes) {
    case .contents(let bytes, _):
      var scanner = ArticleFileScanner(bytes: bytes, relativePath: path, limits: limits)
      do {
        let numbers = try scanner.scanBodyMatches(pattern)
        outcome.matchingIndices = positions(of: group.members, numberedIn: numbers)
      } catch {
        outcome.problem = error
      }
    case .failure(let reason):
      outcome.problem = LoadProblem(path: path, message: reason)
    case .tooLarge(let size):
      outcome.problem = LoadProblem(
        path: path, message: ProblemText.tooLarge(size, limit: limits.maxFileBytes))
    }
    return outcome
  }
}
