import Foundation
import GazetteModel
import GazetteState
import GazetteTestSupport
import Testing

@testable import GazetteUI

/// The effect runner's end of the store, on a real store in a temporary state directory.
@Suite struct ReadingStateLinkTests {
  private static func articles(_ ids: [String]) -> [Article] {
    ids.map { SampleArticles.article($0, "Title \($0)", source: "Source", day: 1) }
  }

  /// Waits (at most `seconds`) for an action `matching` to be posted to `inbox`.
  private static func wait(
    for inbox: ActionInbox, seconds: Double, matching: (ReaderAction) -> Bool
  ) -> ReaderAction? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let action = inbox.take().first(where: matching) { return action }
      usleep(10_000)
    }
    return nil
  }

  @Test func marksMadeBeforeOpeningAreKeptAndOtherInstancesChangesArrive() throws {
    let temporary = try TemporaryDirectory()
    let data = temporary.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let environment = ["XDG_STATE_HOME": temporary.path + "/state"]
    let link = ReadingStateLink(dataDirectory: data, environment: environment)
    let inbox = ActionInbox()
    link.mark(.flag, ids: ["b"])
    link.open(posting: inbox)
    let opened = Self.wait(for: inbox, seconds: 10) {
      if case .readingStateOpened = $0 { return true }
      return false
    }
    guard case .readingStateOpened(let snapshot, let persistent, let notices)? = opened else {
      Issue.record("the store did not open")
      return
    }
    #expect(persistent)
    #expect(notices.isEmpty)
    #expect(snapshot.isFlagged("b"), "the mark made before opening is in the snapshot")
    let articles = Self.articles(["a", "b", "c"])
    link.watch(articles, posting: inbox)
    // Another instance marks "c" read.
    let other = ReadingStateStore(dataDirectory: data, environment: environment)
    other.mark(.read, ids: ["c"])
    try other.close()
    let changed = Self.wait(for: inbox, seconds: 8) {
      if case .readingStateChanged = $0 { return true }
      return false
    }
    guard case .readingStateChanged(let changes)? = changed else {
      Issue.record("the other instance's change did not arrive")
      return
    }
    #expect(changes.map(\.article) == [2])
    #expect(changes.first?.state.isRead == true)
    link.mark(.read, ids: ["a"])
    link.close()
    let reopened = ReadingStateStore(dataDirectory: data, environment: environment)
    #expect(reopened.snapshot.isRead("a"), "closing commits what is queued")
    #expect(reopened.snapshot.isFlagged("b"))
    #expect(reopened.snapshot.state(of: "a").firstSeen != nil, "the run recorded its sighting")
    try reopened.close()
  }
}
