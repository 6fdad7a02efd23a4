import Foundation
import GazetteModel
import GazetteTestSupport
import Synchronization
import Testing

@testable import GazetteIndex

/// Noticing changes while running: inotify, the polling fallback, and the monitor that
/// revalidates the index on each notice.
@Suite struct DirectoryWatcherTests {
  @Test(arguments: [false, true])
  func noticesFilesAddedChangedAndRemoved(polling: Bool) throws {
    let data = try TemporaryDirectory()
    try data.write("a/one.json", #"{"title": "One", "body": "x"}"#)
    let watcher = DirectoryWatcher(root: data.path, polling: polling)
    #expect((watcher.mode == .notifications) == !polling)
    #expect(!watcher.waitForChange(timeout: .milliseconds(200)))
    // Polling looks once at the end of each wait, so a short wait finds what came before it.
    let wait: Duration = polling ? .milliseconds(600) : .seconds(3)

    try data.write("a/two.json", #"{"title": "Two", "body": "y"}"#)
    #expect(watcher.waitForChange(timeout: wait))
    // A folder created while watching is watched too.
    try data.write("b/c/three.json", #"{"title": "Three", "body": "z"}"#)
    #expect(watcher.waitForChange(timeout: wait))
    try data.write("b/c/four.json", #"{"title": "Four", "body": "w"}"#)
    #expect(watcher.waitForChange(timeout: wait))
    #expect(unlink(data.path + "/a/one.json") == 0)
    #expect(watcher.waitForChange(timeout: wait))
    #expect(!watcher.waitForChange(timeout: .milliseconds(200)))
  }

  @Test func manyFilesAtOnceAreOneNotice() throws {
    let data = try TemporaryDirectory()
    let watcher = DirectoryWatcher(root: data.path)
    for number in 0..<2_000 {
      try data.write("bulk/\(number).json", #"{"title": "t", "body": "b"}"#)
    }
    #expect(watcher.waitForChange(timeout: .seconds(3)))
    #expect(!watcher.waitForChange(timeout: .milliseconds(300)))
  }

  @Test func monitorAppliesChangesWhileRunning() throws {
    let data = try TemporaryDirectory()
    let cache = try TemporaryDirectory()
    try data.write("one.json", #"{"title": "One", "body": "正文"}"#)
    let location = IndexLocation(realDirectory: data.path, cacheHome: cache.path)
    let scanner = DirectoryScanner(root: data.path)
    let index = try ArticleIndex.build(at: location, scanner: scanner)
    let monitor = DirectoryMonitor(index: index, scanner: scanner)
    let watcher = DirectoryWatcher(root: data.path)
    let updates = Mutex<[(DirectoryChanges, [String])]>([])
    let stop = Atomic<Bool>(false)
    let finished = DispatchSemaphore(value: 0)
    let thread = Thread {
      try? monitor.run(
        watcher: watcher, isCancelled: { stop.load(ordering: .relaxed) },
        onUpdate: { changes, result in
          updates.withLock { $0.append((changes, result.articles.map(\.title))) }
        })
      finished.signal()
    }
    thread.start()
    try data.write("two.json", #"{"title": "Two", "body": "新的"}"#)
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(5)
    while updates.withLock({ $0.isEmpty }) && clock.now < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    stop.store(true, ordering: .relaxed)
    #expect(finished.wait(timeout: .now() + 5) == .success)
    let first = try #require(updates.withLock { $0.first })
    #expect(first.0.added == ["two.json"])
    #expect(Set(first.1) == ["One", "Two"])
    #expect(
      try index.bodyCandidates(SearchPattern("新的"))?.places == [
        ArticleLocation(relativePath: "two.json")
      ])
  }
}
