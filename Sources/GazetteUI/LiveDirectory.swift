import Dispatch
import GazetteIndex
import GazetteModel

#if canImport(Glibc)
  import Glibc
#endif

/// Loads a data directory for the reader and then follows it while the reader runs: the
/// reader's stale-while-revalidate start and its live reload, one path.
///
/// The start: with a usable index (`GAZETTE_NO_INDEX` unset, an index in the cache folder),
/// the list is what the index holds, at once; the index is then revalidated and what changed
/// follows as a reload. Without one, the files are read as before (first titles at once) and
/// an index is built in the background for the watcher and the next start; when the cache
/// folder cannot be written (or `GAZETTE_NO_INDEX` is set), the directory is followed in
/// memory (`ScannedDirectory`). Bodies are always read from the files.
///
/// Then a `DirectoryWatcher` (inotify, or polling when inotify cannot be used) says when
/// something may have changed; bursts are gathered (a quiet `quietPeriod`, at most
/// `longestWait`), the index (or the memory copy) is revalidated, and the new list is handed
/// over with the paths it touched. Everything here runs on the caller's thread, never the
/// main loop's.
final class LiveDirectory: Sendable {
  /// How long the directory must stay quiet after a change before it is read again.
  static let quietPeriod = Duration.milliseconds(150)
  /// The longest a change waits while changes keep coming (a long copy, an import).
  static let longestWait = Duration.seconds(1)
  /// How often the directory is compared when inotify cannot be used.
  static let pollEvery = Duration.seconds(1)
  /// How often the directory is compared anyway, in case a notification was missed.
  static let checkEvery = Duration.seconds(30)

  /// The data directory.
  let root: String
  /// Limits applied to every file.
  let limits: LoadLimits
  /// The environment (`GAZETTE_NO_INDEX`, `XDG_CACHE_HOME`, `GAZETTE_WATCH=poll`).
  let environment: [String: String]

  /// Creates the follower of the directory at `root`.
  init(root: String, limits: LoadLimits, environment: [String: String]) {
    self.root = root
    self.limits = limits
    self.environment = environment
  }

  /// What the directory's list is kept up to date with.
  private enum Source {
    case index(ArticleIndex)
    case memory(ScannedDirectory)

    func revalidate(with scanner: DirectoryScanner) throws(IndexProblem) -> DirectoryChanges {
      switch self {
      case .index(let index): return try index.revalidate(with: scanner)
      case .memory(let directory): return directory.revalidate()
      }
    }

    func load() throws(IndexProblem) -> LoadResult {
      switch self {
      case .index(let index): return try index.load()
      case .memory(let directory): return directory.load()
      }
    }
  }

  /// Loads the directory, then follows it until `isCancelled` turns true (asked at least four
  /// times a second).
  ///
  /// `onBatch` gets the batches of a load by scanning and `onLoadEnded` is called once the
  /// first list is complete (after the batches, or after `onReload` handed over the index's
  /// list); `onReload` gets every later list. `prepared` is given the index once it is
  /// current, for body searches.
  func run(
    isCancelled: @Sendable () -> Bool, requests: ReloadRequest, prepared: PreparedIndex,
    onBatch: @Sendable (LoadBatch) -> Void, onLoadEnded: () -> Void,
    onReload: (DirectoryReload) -> Void
  ) {
    let scanner = DirectoryScanner(root: root, limits: limits)
    // Watching starts once the first list is on its way (adding the watches walks every
    // folder); what changes before is found by the comparison that follows it.
    func startWatching() -> DirectoryWatcher {
      DirectoryWatcher(root: root, polling: environment["GAZETTE_WATCH"] == "poll")
    }
    let watcher: DirectoryWatcher
    let location =
      environment["GAZETTE_NO_INDEX"] == nil
      ? IndexLocation(dataDirectory: root, environment: environment) : nil
    var existing = location.flatMap { try? ArticleIndex.openExisting(at: $0) }
    if existing?.needsCompaction() == true { existing = nil }
    var source: Source
    if let index = existing, let stale = try? index.load() {
      onReload(DirectoryReload(result: stale, reason: .start))
      onLoadEnded()
      watcher = startWatching()
      source = .index(index)
      refresh(&source, scanner: scanner, reason: .catchUp, onReload: onReload)
    } else {
      // The stamps are listed beside the load, so a file changed while it runs is seen as
      // changed afterwards.
      let listing = ListingSlot()
      let listed = DispatchGroup()
      DispatchQueue.global(qos: .utility).async(group: listed) { listing.value = scanner.list() }
      ArticleLoader(root: root, limits: limits).load { batch in
        if !isCancelled() { onBatch(batch) }
      }
      onLoadEnded()
      listed.wait()
      let startListing = listing.value ?? DirectoryListing(files: [], problems: [])
      guard !isCancelled() else { return }
      watcher = startWatching()
      if let location,
        let built = try? ArticleIndex.build(at: location, scanner: scanner, indexingBodies: false)
      {
        source = .index(built)
        // What changed between the load and the build is handed over like any change.
        if let changes = try? built.pendingChanges(in: startListing), !changes.isEmpty,
          let result = try? built.load()
        {
          onReload(
            DirectoryReload(
              result: result, touchedPaths: Self.touched(by: changes), reason: .catchUp))
        }
      } else {
        source = .memory(ScannedDirectory(scanner: scanner, listing: startListing))
        // Whatever changed since the listing (before the watches were in place).
        refresh(&source, scanner: scanner, reason: .catchUp, onReload: onReload)
      }
    }
    guard !isCancelled() else { return }
    prepared.prepare(directory: root, environment: environment)
    follow(
      &source, watcher: watcher, scanner: scanner, isCancelled: isCancelled, requests: requests,
      onReload: onReload)
  }

  /// Waits for changes and reloads until cancelled.
  private func follow(
    _ source: inout Source, watcher: DirectoryWatcher, scanner: DirectoryScanner,
    isCancelled: @Sendable () -> Bool, requests: ReloadRequest,
    onReload: (DirectoryReload) -> Void
  ) {
    let clock = ContinuousClock()
    var lastCheck = clock.now
    var firstSignal: ContinuousClock.Instant?
    var lastSignal = clock.now
    while !isCancelled() {
      let polling = watcher.mode != .notifications
      if polling {
        // Without notifications, the revalidation's own comparison of the stamps is the
        // poll: once a second (the watcher's walk would only repeat it), or at once for `R`.
        var manual = false
        let wake = clock.now + Self.pollEvery
        while clock.now < wake, !isCancelled(), !manual {
          usleep(100_000)
          manual = requests.take()
        }
        guard !isCancelled() else { return }
        lastCheck = clock.now
        refresh(&source, scanner: scanner, reason: manual ? .manual : .live, onReload: onReload)
        continue
      }
      let timeout: Duration = firstSignal == nil ? .milliseconds(250) : .milliseconds(50)
      if watcher.waitForChange(timeout: timeout, settle: .milliseconds(20)) {
        firstSignal = firstSignal ?? clock.now
        lastSignal = clock.now
      }
      guard !isCancelled() else { return }
      let manual = requests.take()
      let now = clock.now
      let due =
        firstSignal.map { now - lastSignal >= Self.quietPeriod || now - $0 >= Self.longestWait }
        ?? false
      guard manual || due || now - lastCheck >= Self.checkEvery else { continue }
      firstSignal = nil
      lastCheck = now
      refresh(&source, scanner: scanner, reason: manual ? .manual : .live, onReload: onReload)
    }
  }

  /// Revalidates and hands over the new list when something changed (always for a reload by
  /// hand).
  ///
  /// An index that fails (damaged under the reader, removed) is given up for the directory
  /// in memory, read again in full.
  private func refresh(
    _ source: inout Source, scanner: DirectoryScanner, reason: DirectoryReload.Reason,
    onReload: (DirectoryReload) -> Void
  ) {
    do throws(IndexProblem) {
      let changes = try source.revalidate(with: scanner)
      if changes.isEmpty {
        if reason == .manual { onReload(DirectoryReload(result: nil, reason: reason)) }
        return
      }
      let result = try source.load()
      onReload(
        DirectoryReload(result: result, touchedPaths: Self.touched(by: changes), reason: reason))
    } catch {
      let memory = ScannedDirectory(
        scanner: scanner, listing: DirectoryListing(files: [], problems: []))
      source = .memory(memory)
      let changes = memory.revalidate()
      onReload(
        DirectoryReload(
          result: memory.load(), touchedPaths: Self.touched(by: changes), reason: reason))
    }
  }

  /// Every path a set of changes names.
  static func touched(by changes: DirectoryChanges) -> Set<String> {
    Set(changes.pathsToRead).union(changes.pathsToDrop)
  }

  /// The listing taken beside the first load: written by one thread, read after it is done
  /// (a `DispatchGroup` orders the two).
  private final class ListingSlot: @unchecked Sendable {
    var value: DirectoryListing?
  }
}
