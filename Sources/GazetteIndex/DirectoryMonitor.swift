import GazetteModel

/// Keeps an index up to date with its directory while a program runs, for a live reader:
/// waits on a `DirectoryWatcher`, revalidates the index, and hands over what changed with the
/// new article list.
///
/// The same "directory changes -> article updates" step the commands take before they load
/// (`ArticleIndex.revalidate(with:)`); a missed event costs only time, since every
/// revalidation compares the whole directory and one also runs every `checkEvery`.
public final class DirectoryMonitor: Sendable {
  /// The index kept up to date.
  public let index: ArticleIndex
  /// Reads the directory.
  public let scanner: DirectoryScanner

  /// Creates a monitor of `index`, reading the directory with `scanner`.
  public init(index: ArticleIndex, scanner: DirectoryScanner) {
    self.index = index
    self.scanner = scanner
  }

  /// Watches with `watcher` until `isCancelled` turns true (asked at least every second).
  ///
  /// Calls `onUpdate` after each revalidation that found changes, with the articles as the
  /// index now holds them. A revalidation that fails (a damaged index) ends the run with its
  /// problem.
  public func run(
    watcher: DirectoryWatcher, checkEvery: Duration = .seconds(30),
    isCancelled: () -> Bool, onUpdate: (DirectoryChanges, LoadResult) -> Void
  ) throws(IndexProblem) {
    let clock = ContinuousClock()
    var lastCheck = clock.now
    while !isCancelled() {
      let signalled = watcher.waitForChange(timeout: .seconds(1))
      guard signalled || clock.now - lastCheck >= checkEvery, !isCancelled() else { continue }
      lastCheck = clock.now
      let changes = try index.revalidate(with: scanner)
      if !changes.isEmpty { onUpdate(changes, try index.load()) }
    }
  }
}
