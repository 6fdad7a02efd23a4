import Foundation
import GazetteTestSupport
import Synchronization
import Testing

@testable import GazetteState

/// The store: saving, reopening, sharing one file, damaged and cut-short files, new articles.
@Suite struct ReadingStateStoreTests {
  private func store(_ directory: TemporaryDirectory, beginningRun: Bool = false)
    -> ReadingStateStore
  {
    ReadingStateStore(
      dataDirectory: directory.data, environment: directory.environment,
      beginningRun: beginningRun)
  }

  @Test func marksAreInMemoryAtOnceAndOnDiskAfterAReopen() throws {
    let directory = try TemporaryDirectory()
    let first = store(directory)
    #expect(first.notices.isEmpty)
    #expect(first.isPersistent)
    let changed = first.mark(.read, ids: ["a", "b"])
    first.mark(.flag, ids: ["b"])
    #expect(changed == 2)
    #expect(first.mark(.read, ids: ["a"]) == 0)
    #expect(first.snapshot.isRead("a") && first.snapshot.isFlagged("b"))
    #expect(
      first.withSnapshot { [$0.isRead("a"), $0.isFlagged("a"), $0.isNew("a")] } == [
        true, false, false,
      ])
    try first.close()
    let second = store(directory)
    #expect(second.snapshot.isRead("a") && second.snapshot.isRead("b"))
    #expect(second.snapshot.isFlagged("b") && !second.snapshot.isFlagged("a"))
    second.mark(.unread, ids: ["a"])
    try second.close()
    #expect(!store(directory).snapshot.isRead("a"))
  }

  @Test func theStoreIsNamedAfterTheDataDirectoryAndNeverInsideIt() throws {
    let directory = try TemporaryDirectory()
    let opened = store(directory)
    #expect(opened.location.storePath.hasPrefix(directory.path + "/state/gazette/"))
    #expect(opened.location.storePath.hasSuffix(".sqlite"))
    #expect(FileManager.default.fileExists(atPath: opened.location.storePath))
  }

  @Test func aChangeReachesTheFileWithinASecondWithoutAFlush() throws {
    let directory = try TemporaryDirectory()
    let writer = store(directory)
    let watcher = store(directory)
    let start = Date()
    writer.mark(.flag, ids: ["x"])
    var seen: Set<String> = []
    while seen.isEmpty && Date().timeIntervalSince(start) < 3 {
      usleep(20_000)
      seen = watcher.pollChanges()
    }
    #expect(seen == ["x"])
    #expect(Date().timeIntervalSince(start) < 1)
    #expect(watcher.snapshot.isFlagged("x"))
  }

  @Test func twoStoresOnOneFileKeepEveryChangeAndSeeEachOthers() throws {
    let directory = try TemporaryDirectory()
    let first = store(directory)
    let second = store(directory)
    DispatchQueue.concurrentPerform(iterations: 2) { which in
      let (mine, prefix) = which == 0 ? (first, "a") : (second, "b")
      for number in 0..<200 {
        mine.mark(number % 3 == 0 ? .flag : .read, ids: ["\(prefix)\(number)"])
        if number % 50 == 0 { try? mine.flush() }
      }
    }
    try first.flush()
    try second.flush()
    let seenByFirst = first.pollChanges()
    let seenBySecond = second.pollChanges()
    #expect(seenByFirst == Set((0..<200).map { "b\($0)" }))
    #expect(seenBySecond == Set((0..<200).map { "a\($0)" }))
    try first.close()
    try second.close()
    let reopened = store(directory).snapshot
    #expect(reopened.states.count == 400)
    for prefix in ["a", "b"] {
      for number in 0..<200 {
        let id = "\(prefix)\(number)"
        #expect(number % 3 == 0 ? reopened.isFlagged(id) : reopened.isRead(id), "\(id)")
      }
    }
  }

  @Test func instancesThatCreateTheStoreAtTheSameMomentAllOpenIt() throws {
    for _ in 0..<10 {
      let directory = try TemporaryDirectory()
      let notices = Mutex<[String]>([])
      let (data, environment) = (directory.data, directory.environment)
      DispatchQueue.concurrentPerform(iterations: 4) { _ in
        let opened = ReadingStateStore(dataDirectory: data, environment: environment)
        notices.withLock { $0 += opened.notices }
        try? opened.close()
      }
      #expect(notices.withLock { $0 }.isEmpty)
    }
  }

  @Test func anOlderChangeFromAnotherInstanceDoesNotUndoANewerOne() throws {
    let directory = try TemporaryDirectory()
    let first = store(directory)
    let second = store(directory)
    first.mark(.read, ids: ["x"], at: StateTime(milliseconds: 10))
    second.mark(.unread, ids: ["x"], at: StateTime(milliseconds: 20))
    try first.flush()
    // The second's newer change is not written yet; reading the first's must not undo it.
    #expect(second.pollChanges().isEmpty)
    #expect(!second.snapshot.isRead("x"))
    try second.flush()
    #expect(first.pollChanges() == ["x"])
    #expect(!first.snapshot.isRead("x"))
    // The file too: a commit of an older change leaves the newer one in place.
    first.mark(.read, ids: ["x"], at: StateTime(milliseconds: 15))
    try first.close()
    #expect(!store(directory).snapshot.isRead("x"))
  }

  @Test func sqliteMergesExactlyAsMemoryDoes() throws {
    let directory = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: directory.path + "/db", withIntermediateDirectories: true)
    let database = try StateDatabase(path: directory.path + "/db/s.sqlite", dataDirectory: "/d")
    defer { database.close() }
    var generator = SeededGenerator(seed: 11)
    var expected: [String: ArticleReadingState] = [:]
    for _ in 0..<20 {
      var batch: [(String, ArticleReadingState)] = []
      for _ in 0..<50 {
        let id = "id\(generator.next() % 40)"
        let state = RandomState.make(using: &generator)
        batch.append((id, state))
      }
      // One batch holds one change per id, as the store's queue does.
      var merged: [String: ArticleReadingState] = [:]
      for (id, state) in batch { merged[id, default: ArticleReadingState()].merge(state) }
      for (id, state) in merged where !(expected[id] == nil && state.isEmpty) {
        expected[id, default: ArticleReadingState()].merge(state)
      }
      try database.merge(merged.map { ($0.key, $0.value) })
    }
    let stored = Dictionary(uniqueKeysWithValues: try database.loadAll().states.sorted())
    #expect(stored.filter { !$0.value.isEmpty } == expected.filter { !$0.value.isEmpty })
  }

  @Test func aPollReportsOnlyRealChanges() throws {
    let directory = try TemporaryDirectory()
    let first = store(directory)
    let second = store(directory)
    first.mark(.read, ids: ["a", "b"], at: StateTime(milliseconds: 100))
    try first.flush()
    #expect(second.pollChanges() == ["a", "b"])
    #expect(second.pollChanges().isEmpty)
    // The same values again: rows rewritten with a newer time, but nothing to redraw.
    first.mark(.read, ids: ["a"], at: StateTime(milliseconds: 200))
    try first.flush()
    #expect(second.pollChanges().isEmpty)
    #expect(second.state(of: "a").read?.changedAt == StateTime(milliseconds: 200))
    // Its own commits are not reported back.
    second.mark(.flag, ids: ["c"])
    try second.flush()
    #expect(second.pollChanges().isEmpty)
  }

  @Test func aCommitThatChangesNothingDoesNotHideTheNextOne() throws {
    let directory = try TemporaryDirectory()
    let first = store(directory)
    let second = store(directory)
    first.mark(.read, ids: ["x"], at: StateTime(milliseconds: 200))
    try first.flush()
    #expect(second.pollChanges() == ["x"])
    // An older change loses to the stored one: the commit changes no row, so its change
    // number stays free, and the second's next commit takes it.
    first.mark(.unread, ids: ["x"], at: StateTime(milliseconds: 100))
    try first.flush()
    second.mark(.flag, ids: ["y"])
    try second.flush()
    #expect(first.pollChanges() == ["y"])
    #expect(first.snapshot.isRead("x") && first.snapshot.isFlagged("y"))
  }

  @Test func newMeansFirstSeenSinceThePreviousRunAndUnread() throws {
    let directory = try TemporaryDirectory()
    let firstRun = store(directory, beginningRun: true)
    #expect(firstRun.runStart != nil)
    #expect(firstRun.snapshot.previousRunStart == nil)
    firstRun.recordSeen(["a", "b"])
    // Before any earlier run, nothing is new: the first start is the baseline.
    #expect(!firstRun.snapshot.isNew("a"))
    try firstRun.close()
    usleep(5_000)
    let secondRun = store(directory, beginningRun: true)
    #expect(secondRun.snapshot.previousRunStart == firstRun.runStart)
    secondRun.recordSeen(["a", "b", "c", "d"])
    #expect(secondRun.state(of: "a").firstSeen == firstRun.runStart)
    #expect(secondRun.state(of: "c").firstSeen == secondRun.runStart)
    let snapshot = secondRun.snapshot
    #expect(!snapshot.isNew("a") && !snapshot.isNew("b"))
    #expect(snapshot.isNew("c") && snapshot.isNew("d"))
    secondRun.mark(.read, ids: ["d"])
    #expect(!secondRun.snapshot.isNew("d"))
    try secondRun.close()
    // Opened without a run (as `gazette list` does), the latest run is the line: what that
    // run saw first is not new, what no run has seen is.
    let listing = store(directory).snapshot
    #expect(listing.previousRunStart == secondRun.runStart)
    #expect(!listing.isNew("c"))
    #expect(listing.isNew("e"))
  }

  @Test func stateOfIdsNoArticleHasIsKept() throws {
    let directory = try TemporaryDirectory()
    let first = store(directory)
    #expect(first.state(of: "never-seen").isEmpty)
    first.merge([
      ("gone/article", ArticleReadingState(read: StampedToggle(isOn: true, changedAt: .now())))
    ])
    try first.close()
    let reopened = store(directory)
    #expect(reopened.snapshot.isRead("gone/article"))
    #expect(try reopened.allStates().map(\.0) == ["gone/article"])
  }

  @Test func aDamagedStoreIsMovedAsideAndAnEmptyOneStarted() throws {
    let directory = try TemporaryDirectory()
    let location = StateLocation(dataDirectory: directory.data, environment: directory.environment)
    try FileManager.default.createDirectory(
      atPath: location.directory, withIntermediateDirectories: true)
    let garbage = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
    try garbage.write(to: URL(fileURLWithPath: location.storePath))
    let opened = ReadingStateStore(location: location)
    #expect(opened.notices.count == 1)
    let notice = try #require(opened.notices.first)
    #expect(notice.contains("is damaged") && notice.contains(location.storePath))
    let movedTo = try #require(
      notice.components(separatedBy: "moved to ").last?.components(separatedBy: " ").first)
    #expect(movedTo.hasPrefix(location.storePath + ".corrupt-"))
    #expect(FileManager.default.contents(atPath: movedTo) == garbage)
    #expect(opened.isPersistent && opened.snapshot.states.isEmpty)
    opened.mark(.read, ids: ["a"])
    try opened.close()
    let reopened = ReadingStateStore(location: location)
    #expect(reopened.notices.isEmpty)
    #expect(reopened.snapshot.isRead("a"))
  }

  @Test func aStoreCutShortIsMovedAsideAndAnEmptyOneStarted() throws {
    let directory = try TemporaryDirectory()
    let location = StateLocation(dataDirectory: directory.data, environment: directory.environment)
    let full = ReadingStateStore(location: location)
    full.mark(.read, ids: (0..<5_000).map { "article/\($0)" })
    try full.close()
    // Closing checkpoints the WAL into the main file, so this is the whole store.
    let bytes = try #require(FileManager.default.contents(atPath: location.storePath))
    #expect(bytes.count > 100_000)
    let lengths = [0, 50, 100, 4_096, bytes.count / 3, bytes.count / 2, bytes.count - 4_096]
    for (length, checkingEveryPage) in lengths.flatMap({ [($0, true), ($0, false)] }) {
      for extra in ["-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: location.storePath + extra)
      }
      try bytes.prefix(length).write(to: URL(fileURLWithPath: location.storePath))
      let opened = ReadingStateStore(location: location, checkingEveryPage: checkingEveryPage)
      #expect(opened.isPersistent, "\(length)")
      if length == 0 {
        // An empty file is an empty SQLite database.
        #expect(opened.notices.isEmpty)
      } else {
        // quick_check, or reading the whole table, finds the missing pages: moved aside,
        // never read half.
        let notice = opened.notices.first ?? ""
        #expect(
          notice.contains("is damaged") && notice.contains("moved to"),
          "\(length) \(checkingEveryPage)")
      }
      #expect(opened.snapshot.states.isEmpty)
      opened.mark(.flag, ids: ["after-\(length)"])
      try opened.close()
      #expect(ReadingStateStore(location: location).snapshot.isFlagged("after-\(length)"))
    }
  }

  @Test func reopensAfterACrashWithEveryCommittedChange() throws {
    let directory = try TemporaryDirectory()
    let location = StateLocation(dataDirectory: directory.data, environment: directory.environment)
    let running = ReadingStateStore(location: location)
    running.mark(.read, ids: (0..<1_000).map { "a\($0)" })
    try running.flush()
    running.mark(.flag, ids: (0..<10).map { "a\($0)" })
    // The files as a kill -9 leaves them now: the WAL holds the commit, nothing checkpointed.
    let crashed = directory.path + "/crashed/gazette"
    try FileManager.default.createDirectory(atPath: crashed, withIntermediateDirectories: true)
    let name = (location.storePath as NSString).lastPathComponent
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: location.storePath + suffix) {
      try FileManager.default.copyItem(
        atPath: location.storePath + suffix, toPath: crashed + "/" + name + suffix)
    }
    let copyEnvironment = ["XDG_STATE_HOME": directory.path + "/crashed"]
    let reopened = ReadingStateStore(dataDirectory: directory.data, environment: copyEnvironment)
    #expect(reopened.notices.isEmpty)
    #expect(reopened.snapshot.states.count == 1_000)
    #expect((0..<1_000).allSatisfy { reopened.snapshot.isRead("a\($0)") })
    try running.close()
  }

  @Test func aStateDirectoryThatCannotBeMadeGivesOneNoticeAndWorksInMemory() throws {
    let directory = try TemporaryDirectory()
    let blocker = directory.path + "/not-a-directory"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let opened = ReadingStateStore(
      dataDirectory: directory.data, environment: ["XDG_STATE_HOME": blocker])
    #expect(opened.notices.count == 1)
    #expect(
      opened.notices.first?.contains("cannot create the state directory \(blocker)/gazette") == true
    )
    #expect(!opened.isPersistent)
    opened.mark(.read, ids: ["a"])
    #expect(opened.snapshot.isRead("a"))
    try opened.flush()
    #expect(try opened.allStates().map(\.0) == ["a"])
  }

  @Test func aStateDirectoryInsideTheDataDirectoryIsNeverUsed() throws {
    let directory = try TemporaryDirectory()
    let data = directory.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    for stateHome in [data, data + "/.state", directory.path + "/link-to-data/x"] {
      try? FileManager.default.createSymbolicLink(
        atPath: directory.path + "/link-to-data", withDestinationPath: data)
      let opened = ReadingStateStore(
        dataDirectory: data, environment: ["XDG_STATE_HOME": stateHome])
      #expect(!opened.isPersistent, "\(stateHome)")
      #expect(opened.notices.first?.contains("is inside the data directory") == true)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: data).isEmpty)
    let beside = ReadingStateStore(
      dataDirectory: data, environment: ["XDG_STATE_HOME": directory.path + "/data-state"])
    #expect(beside.isPersistent && beside.notices.isEmpty)
  }

  @Test(.enabled(if: geteuid() != 0, "root writes through any permission"))
  func aStateDirectoryWithoutWritePermissionGivesOneNotice() throws {
    let directory = try TemporaryDirectory()
    let state = directory.path + "/state/gazette"
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    chmod(state, 0o500)
    let opened = ReadingStateStore(
      dataDirectory: directory.data, environment: directory.environment)
    #expect(
      opened.notices == [
        "the state directory \(state) is not writable; read marks and flags are not saved this time"
      ])
    #expect(!opened.isPersistent)
  }
}
