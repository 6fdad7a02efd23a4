import Foundation
import GazetteTestSupport
import Testing

/// End-to-end: read marks and flags in the reader, in a real terminal (tmux), kept between
/// runs and shared between two readers at once, with a data directory that is never written.
///
/// Each test has its own data (the command-line fixtures: 7 articles, newest first
/// "关于5月6日部分区域临时停水的通知", then "明確目標 …") and its own `XDG_STATE_HOME`. At
/// 100×30 list rows are screen rows 1 to 7 and start with the marks column: `!` flagged, then
/// `N` new, `•` unread, blank read.
@Suite(.serialized)
struct ReaderStateSessionTests {
  final class Setup {
    let temporary: TemporaryDirectory
    var data: String { temporary.path + "/data" }
    var environment: [String: String] { ["XDG_STATE_HOME": temporary.path + "/state"] }

    init() throws {
      temporary = try TemporaryDirectory()
      try FileManager.default.copyItem(atPath: GazetteBinary.fixtures + "/cli", toPath: data)
    }

    func reader() throws -> TmuxSession {
      try TmuxSession.gazette(
        ["--data", data], width: 100, height: 30, environment: environment)
    }

    /// `gazette list --json` of the data, one object per article id.
    func listed() throws -> [String: [String: Any]] {
      let run = try CommandRun(["list", "--json", "--data", data], environment: environment)
      let objects =
        try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]] ?? []
      var byID: [String: [String: Any]] = [:]
      for object in objects {
        if let id = object["id"] as? String { byID[id] = object }
      }
      return byID
    }
  }

  static let firstTitle = "关于5月6日部分区域临时停水的通知"
  static let secondTitle = "明確目標"

  /// The list row (screen row `row`, from 1) of a 30-row screen.
  static func row(_ screen: String, _ row: Int) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return row < lines.count ? String(lines[row]) : ""
  }

  static func waitForMarks(
    _ session: TmuxSession, row: Int, _ marks: String, _ what: String
  ) throws {
    try session.waitForScreen(what) { Self.row($0, row).hasPrefix(marks) }
  }

  @Test func anArticleReadStaysReadAfterQuittingAndStartingAgain() throws {
    let setup = try Setup()
    defer { withExtendedLifetime(setup) {} }
    let first = try setup.reader()
    try Self.waitForMarks(first, row: 1, " • ", "the first article unread")
    try first.waitForScreen("the unread count") { $0.contains("7 unread") }
    // Shown in the reader for the dwell (2 s): read without a key.
    try Self.waitForMarks(first, row: 1, "   ", "the first article read after the dwell")
    // The second by hand, and flagged.
    try first.sendKeys("j", "r", "F")
    try Self.waitForMarks(first, row: 2, "!  ", "the second article read and flagged")
    try first.waitForScreen("the counts") { $0.contains("5 unread") }
    try first.sendKeys("q")
    #expect(try first.waitForGazetteExit() == 0)

    let second = try setup.reader()
    try Self.waitForMarks(second, row: 1, "   ", "still read after a restart")
    try Self.waitForMarks(second, row: 2, "!  ", "still read and flagged")
    try second.waitForScreen("the counts") { $0.contains("5 unread") }
    try second.sendKeys("q")
    #expect(try second.waitForGazetteExit() == 0)

    let listed = try setup.listed()
    #expect(listed["shi/water"]?["read"] as? Bool == true)
    #expect(listed["panjin-2023-civilization"]?["read"] as? Bool == true)
    #expect(listed["panjin-2023-civilization"]?["flagged"] as? Bool == true)
    #expect(listed.values.filter { $0["read"] as? Bool == true }.count == 2)
  }

  @Test func whatArrivedSinceTheLastRunIsNewAndTheReaderStartsOnIt() throws {
    let setup = try Setup()
    defer { withExtendedLifetime(setup) {} }
    let first = try setup.reader()
    try first.waitForScreen("the unread count") { $0.contains("7 unread") }
    try first.sendKeys("q")
    #expect(try first.waitForGazetteExit() == 0)
    // An older article arrives between the runs: new, so the reader starts on it.
    let json =
      #"{"title": "Late notice about bridge works", "source": "City Council", "#
      + #""published": "2023-05-04", "body": ["The bridge closes on Monday."]}"#
    try json.write(toFile: setup.data + "/late.json", atomically: true, encoding: .utf8)
    let second = try setup.reader()
    try second.waitForScreen("the new article chosen") { screen in
      // The reader pane's title row follows the divider's focus marker (◀ on the list's side).
      screen.contains("8 unread, 1 new") && screen.contains("◀ Late notice about bridge works")
    }
    let screen = try second.capture()
    #expect(screen.split(separator: "\n").filter { $0.hasPrefix(" N ") }.count == 1)
    try second.sendKeys("q")
    #expect(try second.waitForGazetteExit() == 0)
  }

  @Test func twoReadersAtOnceSeeEachOthersMarks() throws {
    let setup = try Setup()
    defer { withExtendedLifetime(setup) {} }
    // A first run sets the line for "new", so neither reader below starts on a new article.
    let baseline = try setup.reader()
    try baseline.waitForScreen("the unread count") { $0.contains("7 unread") }
    try baseline.sendKeys("q")
    #expect(try baseline.waitForGazetteExit() == 0)
    let one = try setup.reader()
    let other = try setup.reader()
    try Self.waitForMarks(one, row: 2, " • ", "the first reader's list")
    try Self.waitForMarks(other, row: 2, " • ", "the second reader's list")
    // Both on the second row, away from the first's dwell; each marks something.
    try one.sendKeys("j", "j", "F")
    try other.sendKeys("j", "j", "j", "r")
    try Self.waitForMarks(one, row: 3, "!", "the flag in the reader that set it")
    try Self.waitForMarks(other, row: 4, "   ", "the read mark in the reader that set it")
    let clock = ContinuousClock()
    let start = clock.now
    try one.waitForScreen("the other reader's read mark", timeout: .seconds(8)) {
      Self.row($0, 4).hasPrefix("   ")
    }
    try Self.waitForMarks(other, row: 3, "!", "the other reader's flag")
    #expect(clock.now - start < .seconds(5))
    try one.sendKeys("q")
    try other.sendKeys("q")
    #expect(try one.waitForGazetteExit() == 0)
    #expect(try other.waitForGazetteExit() == 0)
    let listed = try setup.listed()
    #expect(listed.values.filter { $0["flagged"] as? Bool == true }.count == 1)
    #expect(listed.values.filter { $0["read"] as? Bool == true }.count >= 1)
  }

  @Test func theDataDirectoryIsNeverWrittenWhileReading() throws {
    let setup = try Setup()
    defer {
      TreeListing.setWritable(setup.data, true)
      withExtendedLifetime(setup) {}
    }
    TreeListing.setWritable(setup.data, false)
    let before = try TreeListing.of(setup.data)
    let session = try setup.reader()
    try Self.waitForMarks(session, row: 1, " • ", "the list")
    try session.sendKeys("j", "r", "F", "v", "v", "v", "A")
    try session.waitForScreen("the question") { $0.contains("read? (y/n)") }
    try session.sendKeys("y")
    try session.waitForScreen("all read") { $0.contains("0 unread") }
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0)
    #expect(try TreeListing.of(setup.data) == before)
    let listed = try setup.listed()
    #expect(listed.values.allSatisfy { $0["read"] as? Bool == true })
  }

  @Test func anUnwritableStateDirectorySaysSoOnceAndTheReaderStillMarks() throws {
    let setup = try Setup()
    defer { withExtendedLifetime(setup) {} }
    let blocker = setup.temporary.path + "/not-a-directory"
    try "".write(toFile: blocker, atomically: true, encoding: .utf8)
    let session = try TmuxSession.gazette(
      ["--data", setup.data], width: 100, height: 30, environment: ["XDG_STATE_HOME": blocker])
    try session.waitForScreen("the message") {
      Self.row($0, 29).contains("cannot create the state directory")
    }
    try session.sendKeys("r")
    try Self.waitForMarks(session, row: 1, "   ", "marked in memory")
    try session.waitForScreen("the alert stays") {
      Self.row($0, 29).contains("marks not saved")
        && !$0.contains("cannot create the state directory")
    }
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0)
  }
}
