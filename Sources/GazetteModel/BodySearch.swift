import Foundation

/// Finds the articles whose body contains a pattern: the one rule of the body search, for
/// `gazette list --search` and the reader alike.
///
/// The rule: each string of a body (each entry of an array body, or the whole string body) is
/// matched as it is written, folded by `SearchPattern`; a body matches when one of them does;
/// an empty pattern matches every article without reading it. Bodies that cannot be read count
/// as searched and not matching, and are reported as problems.
///
/// Bodies come from one of two places. From a data directory, files are read again on all
/// cores: they are grouped (an array file is read once for all its articles) and searched in
/// chunks. From a `read` function (bodies already in memory), they are read one after another
/// on the calling thread and their paragraphs matched (`ArticleBody.contains(_:)`).
///
/// `run(isCancelled:onProgress:)` reports matches as they are found, on the calling thread
/// and never concurrently, so a list can narrow while the search runs; its last report has
/// `searched == total` unless the search was cancelled. `cancel()`, from any thread, stops it
/// within one small chunk of files. One `BodySearch` runs once: a second `run` finds nothing.
public final class BodySearch: Sendable {
  /// Where the bodies come from.
  public enum Bodies: Sendable {
    /// The article files under a data directory, read with these limits.
    case directory(root: String, limits: LoadLimits)
    /// A function returning an article's body (or throwing the problem reading it).
    case reader(@Sendable (Article) throws(LoadProblem) -> ArticleBody)
  }

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

  /// How many articles read with a `reader` are searched between two progress reports.
  static let readerReportEvery = 64

  /// The articles searched, as given.
  public let articles: [Article]
  /// What is searched for.
  public let pattern: SearchPattern
  /// Where the bodies come from.
  public let bodies: Bodies
  private let pipeline = OrderedWorkPipeline<FileGroup, FileOutcome>(chunkSize: { chunk in
    // Small chunks: matches show up early and cancelling is quick.
    chunk < 4 ? 8 : 64
  })

  /// Prepares a search of the bodies of `articles` for `pattern`, reading them from `bodies`.
  public init(articles: [Article], pattern: SearchPattern, bodies: Bodies) {
    self.articles = articles
    self.pattern = pattern
    self.bodies = bodies
  }

  /// Prepares a search of the bodies of `articles`, files under the data directory `root`.
  public convenience init(
    articles: [Article], pattern: SearchPattern, root: String, limits: LoadLimits = .standard
  ) {
    self.init(articles: articles, pattern: pattern, bodies: .directory(root: root, limits: limits))
  }

  /// Stops the search soon; `run` then returns with `wasCancelled` set.
  public func cancel() {
    pipeline.cancel()
  }

  /// Whether `cancel()` was called.
  public var isCancelled: Bool { pipeline.isCancelled }

  /// Searches every body, reporting the matches as they are found through `onProgress`.
  ///
  /// `isCancelled` is asked between chunks (and between bodies read with a `reader`); when it
  /// turns true the search stops as if `cancel()` had been called.
  @discardableResult
  public func run(
    isCancelled: () -> Bool = { false }, onProgress: (BodySearchProgress) -> Void
  ) -> BodySearchSummary {
    let total = articles.count
    if pattern.isEmpty {
      let everything = Array(articles.indices)
      onProgress(BodySearchProgress(matches: everything, searched: total, total: total))
      return BodySearchSummary(
        matchingIndices: everything, problems: [], searched: total, wasCancelled: false)
    }
    var matching: [Int] = []
    var problems: [LoadProblem] = []
    var searched = 0
    var reportedAll = false
    func report(_ progress: BodySearchProgress) {
      searched = progress.searched
      reportedAll = progress.searched == progress.total
      matching.append(contentsOf: progress.matches)
      problems.append(contentsOf: progress.problems)
      onProgress(progress)
    }
    switch bodies {
    case .directory(let root, let limits):
      searchFiles(root: root, limits: limits, isCancelled: isCancelled, report: report)
    case .reader(let read):
      searchSequentially(read: read, isCancelled: isCancelled, report: report)
    }
    if !reportedAll, !pipeline.isCancelled, !isCancelled() {
      // Nothing was left to search but no report said so (no article at all).
      report(BodySearchProgress(matches: [], searched: total, total: total))
    }
    return BodySearchSummary(
      matchingIndices: matching.sorted(), problems: problems, searched: searched,
      wasCancelled: pipeline.isCancelled || isCancelled())
  }

  /// Reads the files again on all cores, reporting each chunk of files.
  private func searchFiles(
    root: String, limits: LoadLimits, isCancelled: () -> Bool,
    report: (BodySearchProgress) -> Void
  ) {
    let total = articles.count
    var searched = 0
    pipeline.add(groups(), found: 0)
    pipeline.finishInput()
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
        // Chunks are small, so checking here stops a search the user has replaced promptly.
        if isCancelled() {
          pipeline.cancel()
          return
        }
        var progress = BodySearchProgress(matches: [], searched: searched, total: total)
        for outcome in outcomes {
          progress.matches.append(contentsOf: outcome.matchingIndices)
          if let problem = outcome.problem { progress.problems.append(problem) }
          progress.searched += outcome.searched
        }
        searched = progress.searched
        report(progress)
      })
  }

  /// Reads the bodies one after another on the calling thread.
  private func searchSequentially(
    read: (Article) throws(LoadProblem) -> ArticleBody, isCancelled: () -> Bool,
    report: (BodySearchProgress) -> Void
  ) {
    var progress = BodySearchProgress(matches: [], searched: 0, total: articles.count)
    for (position, article) in articles.enumerated() {
      if isCancelled() || pipeline.isCancelled { return }
      do throws(LoadProblem) {
        if try read(article).contains(pattern) { progress.matches.append(position) }
      } catch {
        progress.problems.append(error)
      }
      progress.searched = position + 1
      if progress.searched % Self.readerReportEvery == 0 || progress.searched == articles.count {
        report(progress)
        progress.matches.removeAll(keepingCapacity: true)
        progress.problems.removeAll(keepingCapacity: true)
      }
    }
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
      var scanner = ArticleJSONScanner(bytes: bytes, relativePath: path, limits: limits)
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
