import GazetteModel

/// A data directory kept in memory file by file: what a live reader follows when no index can
/// be used (`GAZETTE_NO_INDEX`, a cache folder that cannot be written).
///
/// The in-memory counterpart of `ArticleIndex.revalidate(with:)` and `load()`: the stamps of
/// the last listing say what changed, only those files are read again, and the files are put
/// back together in path order with `LoadAssembler`, exactly as a load of the directory does.
/// The files are first read when something changes (the reader's own load gave the list until
/// then), so a directory that never changes costs one listing.
///
/// Used from one thread at a time (the live reader's), hence `@unchecked Sendable`.
public final class ScannedDirectory: @unchecked Sendable {
  /// Reads the directory.
  public let scanner: DirectoryScanner
  private var listing: DirectoryListing
  private var files: [String: ScannedFile]?

  /// Follows the directory `scanner` reads from `listing`, the stamps its files had when the
  /// list the reader shows was loaded.
  public init(scanner: DirectoryScanner, listing: DirectoryListing) {
    self.scanner = scanner
    self.listing = listing
  }

  /// Lists the directory, compares the stamps with the last listing and reads what changed;
  /// returns what changed (empty when nothing did).
  public func revalidate() -> DirectoryChanges {
    let now = scanner.list()
    var changes = DirectoryChanges.between(
      stored: listing.files.map { (path: $0.relativePath, stamp: $0.stamp) }, listed: now.files)
    changes.walkProblemsChanged = listing.problems != now.problems
    guard !changes.isEmpty else { return changes }
    if var files {
      for path in changes.pathsToDrop { files[path] = nil }
      // Dropped first: `files` must be uniquely referenced while the changed files go in.
      self.files = nil
      scanner.scan(changes.pathsToRead, bodyTerms: false) { scanned in
        for file in scanned { files[file.relativePath] = file }
      }
      self.files = files
    } else {
      files = read(now.files.map(\.relativePath))
    }
    listing = now
    return changes
  }

  /// The articles and problems of the directory as the last revalidation saw it, as
  /// `ArticleLoader.loadAll()` gives them.
  public func load() -> LoadResult {
    let files = self.files ?? read(listing.files.map(\.relativePath))
    self.files = files
    var assembler = LoadAssembler(
      expectedArticles: files.values.reduce(0) { $0 + $1.articles.count })
    var walkProblems = listing.problems[...]
    for entry in listing.files {
      // A walk problem goes before the first file the walk found after it, as the loader
      // reports it (and as the index puts it back).
      while let next = walkProblems.first, let before = next.beforePath,
        before <= entry.relativePath
      {
        assembler.addWalkProblem(next.problem)
        walkProblems.removeFirst()
      }
      guard let file = files[entry.relativePath] else { continue }
      assembler.addFile(articles: file.articles, problems: file.problems, stamp: file.stamp)
    }
    for rest in walkProblems { assembler.addWalkProblem(rest.problem) }
    return assembler.finish()
  }

  private func read(_ paths: [String]) -> [String: ScannedFile] {
    var files: [String: ScannedFile] = [:]
    files.reserveCapacity(paths.count)
    scanner.scan(paths, bodyTerms: false) { scanned in
      for file in scanned { files[file.relativePath] = file }
    }
    return files
  }
}
