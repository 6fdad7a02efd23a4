import Dispatch
import Foundation
import GRDB
import Synchronization

/// The reading state of one data directory: an in-memory snapshot every caller reads without
/// waiting, and a background writer that commits each change to SQLite within a second.
///
/// Marking updates memory at once and queues the write; the writer commits what is queued in
/// one transaction 0.2 s after the first change (so a burst of marks is one commit). Other
/// instances' commits reach this one through `pollChanges()`. When the store cannot be
/// opened or written, it keeps working in memory and says why in `notices` / `writeProblem`.
public final class ReadingStateStore: Sendable {
  /// Where the store is (or would be) kept.
  public let location: StateLocation
  /// What opening the store had to say, one sentence each; empty when all went well.
  ///
  /// A damaged store moved aside, a state directory that cannot be written.
  public let notices: [String]
  /// When this run began, when the store was opened with `beginningRun`.
  public let runStart: StateTime?

  private let database: StateDatabase?
  private let memory: Mutex<StoreMemory>
  private let writer = DispatchQueue(label: "gazette.state.writer")
  /// How long the writer waits after the first queued change, to batch a burst of marks.
  private static let batchDelay = DispatchTimeInterval.milliseconds(200)
  /// How long the writer waits before trying a failed commit again.
  private static let retryDelay = DispatchTimeInterval.seconds(2)

  /// What memory holds, behind one lock.
  private struct StoreMemory: Sendable {
    var snapshot: ReadingStateSnapshot
    /// Changes made here that the writer has not committed yet, in the order made (SQLite
    /// merges them by the rule, so neither order nor repeats matter).
    var pending: [(String, ArticleReadingState)] = []
    var writeScheduled = false
    /// The highest change number read from (or written to) the file.
    var changeNumber: Int64
    var writeProblem: String?
  }

  /// Opens the store of `dataDirectory` under the state directory `environment` names.
  ///
  /// Never fails: a damaged store is moved aside (renamed `….corrupt-<time>`, never deleted)
  /// and an empty one started; a state directory that cannot be written leaves a store that
  /// works in memory only. Either way `notices` says so. With `beginningRun`, this opening
  /// counts as a run (the reader's start): `snapshot.previousRunStart` is then the run before.
  ///
  /// `checkingEveryPage` runs SQLite's `quick_check` over the whole file (about a third of the
  /// opening time). Without it, damage is still found in every page the opening reads (all of
  /// the table), but not in the index that polls and writes use: a command that only reads
  /// may leave it out; anything that keeps the store open or writes should not.
  public convenience init(
    dataDirectory: String,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    beginningRun: Bool = false, checkingEveryPage: Bool = true
  ) {
    self.init(
      location: StateLocation(dataDirectory: dataDirectory, environment: environment),
      beginningRun: beginningRun, checkingEveryPage: checkingEveryPage)
  }

  /// Opens the store at `location` (see `init(dataDirectory:environment:beginningRun:…)`).
  public init(location: StateLocation, beginningRun: Bool = false, checkingEveryPage: Bool = true) {
    self.location = location
    var notices: [String] = []
    let opened = Self.openDatabase(
      at: location, checkingEveryPage: checkingEveryPage, notices: &notices)
    var snapshot = ReadingStateSnapshot()
    var changeNumber: Int64 = 0
    var runStart: StateTime?
    if let (database, loaded) = opened {
      snapshot = ReadingStateSnapshot(table: loaded.states, previousRunStart: loaded.lastRun)
      changeNumber = loaded.changeNumber
      if beginningRun {
        let start = StateTime.now()
        do {
          snapshot.previousRunStart = try database.beginRun(at: start)
          runStart = start
        } catch {
          notices.append(
            "cannot record this run in the reading state \(location.storePath): "
              + Self.describe(error))
        }
      }
      self.database = database
    } else {
      self.database = nil
    }
    self.notices = notices
    self.runStart = runStart
    memory = Mutex(StoreMemory(snapshot: snapshot, changeNumber: changeNumber))
  }

  /// Whether changes are being saved (false when the store could not be opened).
  public var isPersistent: Bool { database != nil }

  /// A copy of the whole state, for filtering many articles.
  ///
  /// The copy shares storage with the store's until either changes: while a caller holds
  /// one, the next mark copies the whole dictionary (milliseconds at 100,000 articles). A
  /// caller that keeps state across marks should use `withSnapshot(_:)` or `state(of:)`.
  public var snapshot: ReadingStateSnapshot {
    memory.withLock { $0.snapshot }
  }

  /// Runs `body` on the current state under the store's lock, without copying it; marks
  /// wait for it, so it should be short (a screenful of look-ups).
  public func withSnapshot<Result: Sendable>(_ body: (ReadingStateSnapshot) -> Result) -> Result {
    memory.withLock { body($0.snapshot) }
  }

  /// The state of one article.
  public func state(of id: String) -> ArticleReadingState {
    memory.withLock { $0.snapshot.state(of: id) }
  }

  /// The latest write failure, in words; `nil` once a commit succeeds again.
  public var writeProblem: String? {
    memory.withLock { $0.writeProblem }
  }

  /// Applies `mark` to `ids` at `time`: memory at once, the file within a second.
  ///
  /// Every id gets the change, so its time is the newest even when the value stays the same
  /// (a later `mark read --all` beats an earlier "unread" from another machine). Returns how
  /// many articles' value changed.
  @discardableResult
  public func mark(_ mark: StateMark, ids: some Sequence<String>, at time: StateTime = .now())
    -> Int
  {
    let change = mark.change(at: time)
    return apply(ids.lazy.map { ($0, change) })
  }

  /// Merges `states` (from `gazette state import`, say) by the merge rule; returns how many
  /// articles' read, flag or first sighting changed.
  @discardableResult
  public func merge(_ states: some Sequence<(String, ArticleReadingState)>) -> Int {
    apply(states)
  }

  /// Notes that a run listed `ids`: those with no first sighting get this run's start (or now).
  public func recordSeen(_ ids: some Sequence<String>) {
    let seen = ArticleReadingState(firstSeen: runStart ?? .now())
    let unseen = memory.withLock { memory in
      ids.filter { memory.snapshot.states[$0]?.firstSeen == nil }
    }
    apply(unseen.lazy.map { ($0, seen) })
  }

  /// Merges what other instances committed since the last poll; returns the changed ids.
  ///
  /// Only ids whose read, flag or first sighting changed are returned. An indexed read that
  /// does not wait for writers (WAL): well under a millisecond when nothing changed, but it
  /// is disk I/O, so call it off the main loop.
  public func pollChanges() -> Set<String> {
    guard let database else { return [] }
    let after = memory.withLock { $0.changeNumber }
    guard let (states, highest) = try? database.changes(after: after) else { return [] }
    return memory.withLock { memory in
      var changed = Set<String>()
      for (id, state) in states where memory.snapshot.merge(state, into: id) {
        changed.insert(id)
      }
      memory.changeNumber = max(memory.changeNumber, highest)
      return changed
    }
  }

  /// Commits every queued change now and waits for it; throws when the commit failed (the
  /// changes stay queued and the writer tries again).
  public func flush() throws {
    if let problem = writer.sync(execute: { writePending() }) {
      throw StateWriteError(message: problem)
    }
  }

  /// Every article's state, ordered by id: the file's (after committing what is queued), or
  /// memory's when the store is not persistent.
  public func allStates() throws -> [(String, ArticleReadingState)] {
    guard let database else {
      return snapshot.states.sorted()
    }
    try flush()
    return try database.allStates()
  }

  /// Commits what is queued and closes the file.
  public func close() throws {
    defer { database?.close() }
    try flush()
  }

  @discardableResult
  private func apply(_ states: some Sequence<(String, ArticleReadingState)>) -> Int {
    let (changed, needsWrite) = memory.withLock { memory in
      var changed = 0
      let queuedBefore = memory.pending.count
      let persistent = database != nil
      for (id, state) in states {
        if memory.snapshot.merge(state, into: id) { changed += 1 }
        if persistent { memory.pending.append((id, state)) }
      }
      let needsWrite = memory.pending.count > queuedBefore && !memory.writeScheduled
      if needsWrite { memory.writeScheduled = true }
      return (changed, needsWrite)
    }
    if needsWrite { scheduleWrite(after: Self.batchDelay) }
    return changed
  }

  private func scheduleWrite(after delay: DispatchTimeInterval) {
    writer.asyncAfter(deadline: .now() + delay) { [self] in
      _ = writePending()
    }
  }

  /// Commits the queued changes in one transaction (on the writer queue); returns the
  /// failure in words, after queueing the changes again and scheduling a retry.
  private func writePending() -> String? {
    let batch = memory.withLock { memory in
      defer {
        memory.pending = []
        memory.writeScheduled = false
      }
      return memory.pending
    }
    guard let database else { return nil }
    guard !batch.isEmpty else { return memory.withLock { $0.writeProblem } }
    do {
      let changeNumber = try database.merge(batch)
      memory.withLock { memory in
        // When no other instance committed in between, the next poll need not read back
        // this batch.
        if let changeNumber, memory.changeNumber == changeNumber - 1 {
          memory.changeNumber = changeNumber
        }
        memory.writeProblem = nil
      }
      return nil
    } catch {
      let problem = "cannot save reading state to \(location.storePath): \(Self.describe(error))"
      let retry = memory.withLock { memory in
        memory.pending = batch + memory.pending
        memory.writeProblem = problem
        defer { memory.writeScheduled = true }
        return !memory.writeScheduled
      }
      if retry { scheduleWrite(after: Self.retryDelay) }
      return problem
    }
  }

  /// Opens, checks and loads the file, moving a damaged one aside once; `nil` when the store
  /// cannot be used (the reason is in `notices`).
  private static func openDatabase(
    at location: StateLocation, checkingEveryPage: Bool, notices: inout [String]
  ) -> (
    StateDatabase,
    (states: ReadingStateTable, changeNumber: Int64, lastRun: StateTime?)
  )? {
    let files = FileManager.default
    if location.isInsideDataDirectory {
      notices.append(
        "the state directory \(location.directory) is inside the data directory, which Gazette "
          + "never writes; read marks and flags are not saved this time")
      return nil
    }
    do {
      try files.createDirectory(
        atPath: location.directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      notices.append(
        "cannot create the state directory \(location.directory) "
          + "(\(describe(error))); read marks and flags are not saved this time")
      return nil
    }
    guard access(location.directory, W_OK | X_OK) == 0 else {
      notices.append(
        "the state directory \(location.directory) is not writable; read marks and flags "
          + "are not saved this time")
      return nil
    }
    for attempt in 1...2 {
      var database: StateDatabase?
      do {
        let opened = try StateDatabase(
          path: location.storePath, dataDirectory: location.dataDirectory)
        database = opened
        if checkingEveryPage { try opened.check() }
        let loaded = try opened.loadAll()
        opened.releaseMemory()
        return (opened, loaded)
      } catch is StateDatabaseTooNew {
        notices.append(
          "the reading state \(location.storePath) was written by a newer Gazette; it is left "
            + "as it is, and read marks and flags are not saved this time")
        return nil
      } catch  where StateDatabase.isCorruption(error) && attempt == 1 {
        database?.close()
        let reason = describe(error)
        if let movedTo = moveAside(location.storePath) {
          notices.append(
            "the reading state \(location.storePath) is damaged (\(reason)); it was moved to "
              + "\(movedTo) and Gazette starts with no read marks or flags")
        } else {
          notices.append(
            "the reading state \(location.storePath) is damaged (\(reason)) and cannot be "
              + "moved aside; read marks and flags are not saved this time")
          return nil
        }
      } catch {
        database?.close()
        notices.append(
          "cannot open the reading state \(location.storePath) (\(describe(error))); read "
            + "marks and flags are not saved this time")
        return nil
      }
    }
    return nil
  }

  /// Renames the store and its WAL and shared-memory files to `….corrupt-<UTC time>`; returns
  /// the store's new path, `nil` when it could not be renamed.
  private static func moveAside(_ path: String) -> String? {
    let stamp = StateTime.now().iso8601.filter { $0.isNumber || $0 == "T" }.prefix(15)
    var target = "\(path).corrupt-\(stamp)"
    var suffix = 2
    while FileManager.default.fileExists(atPath: target) {
      target = "\(path).corrupt-\(stamp)-\(suffix)"
      suffix += 1
    }
    guard rename(path, target) == 0 else { return nil }
    for extra in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + extra) {
      _ = rename(path + extra, target + extra)
    }
    return target
  }

  /// An error in a few plain words: SQLite's message, or the system's.
  static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
    if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
      return String(cString: strerror(underlying.code.rawValue))
    }
    return error.localizedDescription
  }
}
