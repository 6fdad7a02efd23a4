import Foundation
import GazetteTestSupport
import Testing

/// End-to-end: the running reader follows its data directory.
///
/// Files added, changed and removed show within two seconds (with the index the reader builds, and without one);
/// 10,000 files dropped in at once leave the keys working; `R` reloads by hand; a second start
/// shows the index's list and then what changed behind its back.
///
/// Every wait is for text on the screen, with room for a slow machine; the two-second figure
/// is checked with a margin (`visibleWithin`), since a loaded CI runner may stall a moment.
@Suite(.serialized)
struct ReaderLiveTests {
  /// How long a change may take to show: the issue's two seconds, and one of margin for a
  /// busy machine (the debug binary, the tmux polling).
  static let visibleWithin = Duration.seconds(3)

  /// A writable copy of the `cli` fixtures.
  private func dataDirectory() throws -> TemporaryDirectory {
    let data = try TemporaryDirectory()
    for name in try FileManager.default.contentsOfDirectory(atPath: GazetteBinary.fixtures + "/cli")
    {
      try FileManager.default.copyItem(
        atPath: GazetteBinary.fixtures + "/cli/" + name, toPath: data.path + "/" + name)
    }
    return data
  }

  private func write(_ title: String, source: String = "Live Desk", to path: String) throws {
    let json =
      "{\"title\": \"\(title)\", \"source\": \"\(source)\", "
      + "\"published\": \"2030-01-01T09:00:00Z\", \"body\": \"Body of \(title).\"}"
    try json.write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// The status line: the last row of the 30-row pane.
  private func status(_ screen: String) -> String {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return rows.count > 29 ? String(rows[29]) : ""
  }

  private func header(_ screen: String) -> String {
    String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
  }

  /// The first "Paragraph N of" line on the screen.
  private func firstParagraph(in screen: String) -> String? {
    screen.split(separator: "\n").lazy.compactMap { line in
      line.range(of: "Paragraph ").map { String(line[$0.lowerBound...]) }
    }.first
  }

  /// Adds, changes and removes a file while the reader runs; each shows within the limit.
  private func followsChanges(environment: [String: String]) throws {
    let data = try dataDirectory()
    let session = try TmuxSession.gazette(
      ["--data", data.path], width: 110, height: 30, environment: environment)
    try session.waitForScreen("the list") { status($0).hasPrefix(" 1/7 ") }
    // The selection is on the second row; it must stay on that article.
    try session.sendKeys("j")
    try session.waitForScreen("row 2") { status($0).hasPrefix(" 2/7 ") }

    let clock = ContinuousClock()
    let written = clock.now
    try write("Freshly arrived", to: data.path + "/council/arrived.json")
    var screen = try session.waitForText("Freshly arrived", timeout: Self.visibleWithin)
    print("a new file visible after \(clock.now - written) (\(environment))")
    #expect(header(screen).contains("1 new"))
    // It sorts first (the newest): the selected article moved down a row with it.
    #expect(status(screen).hasPrefix(" 3/8 "))

    try write("Renamed notice", to: data.path + "/council/arrived.json")
    screen = try session.waitForText("Renamed notice", timeout: Self.visibleWithin)
    #expect(!screen.contains("Freshly arrived"))

    try FileManager.default.removeItem(atPath: data.path + "/council/arrived.json")
    screen = try session.waitForScreen("the file gone", timeout: Self.visibleWithin) {
      !$0.contains("Renamed notice") && status($0).contains("/7 ")
    }
    #expect(!header(screen).contains(" new"))
    try session.sendKeys("q")
    try session.waitUntil("gazette quits") { try !session.alternateScreenOn }
  }

  @Test func filesAddedChangedAndRemovedShowWhileTheReaderRuns() throws {
    try followsChanges(environment: [:])
  }

  @Test func withoutAnIndexTheDirectoryIsFollowedToo() throws {
    try followsChanges(environment: ["GAZETTE_NO_INDEX": "1"])
  }

  @Test func pollingFollowsTheDirectoryWhenInotifyIsNotUsed() throws {
    try followsChanges(environment: ["GAZETTE_WATCH": "poll"])
  }

  /// The selected article stays selected, and the reader on the same line, when an article
  /// arrives above it.
  @Test func theSelectionAndTheReadersPlaceStayWhenArticlesArrive() throws {
    let data = try dataDirectory()
    let paragraphs = (1...60).map { "Paragraph \($0) of the long notice." }
    let long =
      "{\"title\": \"A long notice\", \"source\": \"Archive\", "
      + "\"published\": \"2001-01-01\", \"body\": \"\(paragraphs.joined(separator: "\\n\\n"))\"}"
    try long.write(toFile: data.path + "/misc/long.json", atomically: true, encoding: .utf8)
    let session = try TmuxSession.gazette(["--data", data.path], width: 110, height: 30)
    try session.waitForScreen("the list") { status($0).hasPrefix(" 1/8 ") }
    // The undated article is last; the long notice (2001) is just above it.
    try session.sendKeys("G", "k")
    try session.waitForText("Paragraph 1 of the long notice.")
    try session.sendKeys("Enter", "Space", "Space")
    let scrolled = try session.waitForScreen("scrolled") {
      !$0.contains("Paragraph 1 of the long notice.") && status($0).hasPrefix(" 7/8 ")
        && !status($0).contains("top")
    }
    let firstShown = try #require(firstParagraph(in: scrolled))
    try write("Arrived on top", to: data.path + "/council/top.json")
    let after = try session.waitForText("Arrived on top", timeout: Self.visibleWithin)
    // The same article, one row further down, scrolled as before.
    #expect(status(after).hasPrefix(" 8/9 "))
    #expect(firstParagraph(in: after) == firstShown)
    try session.sendKeys("q")
  }

  /// `R` reloads at once and says what it found; the "N new" count goes.
  @Test func theReloadKeyReadsTheDirectoryAndClearsTheNewCount() throws {
    let data = try dataDirectory()
    let session = try TmuxSession.gazette(["--data", data.path], width: 110, height: 30)
    try session.waitForScreen("the list") { status($0).hasPrefix(" 1/7 ") }
    try write("Arrived one", to: data.path + "/council/one.json")
    try write("Arrived two", to: data.path + "/council/two.json")
    try session.waitForScreen("two new", timeout: Self.visibleWithin) {
      header($0).contains("2 new") && $0.contains("Arrived two")
    }
    try session.sendKeys("R")
    let reloaded = try session.waitForScreen("the reload's answer") {
      status($0).contains("Up to date") || status($0).contains("Reloaded")
    }
    #expect(!header(reloaded).contains(" new"))
    try session.sendKeys("q")
  }

  /// 10,000 files appear at once (a folder renamed into the directory): the keys answer at
  /// once while they load, and the list then holds them all.
  @Test func tenThousandFilesAtOnceLeaveTheKeysWorking() throws {
    try tenThousandFiles(environment: [:])
  }

  @Test func tenThousandFilesAtOnceWithoutAnIndex() throws {
    try tenThousandFiles(environment: ["GAZETTE_NO_INDEX": "1"])
  }

  private func tenThousandFiles(environment: [String: String]) throws {
    let data = try dataDirectory()
    let staging = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: staging.path + "/burst", withIntermediateDirectories: true)
    for number in 0..<10_000 {
      try write(
        "Burst notice \(number)", source: "Burst \(number % 20)",
        to: staging.path + "/burst/\(number).json")
    }
    let session = try TmuxSession.gazette(
      ["--data", data.path], width: 110, height: 30, environment: environment)
    try session.waitForScreen("the list") { status($0).hasPrefix(" 1/7 ") }
    try FileManager.default.moveItem(
      atPath: staging.path + "/burst", toPath: data.path + "/burst")
    // Keys keep working while the burst is read: the help opens and closes promptly.
    let clock = ContinuousClock()
    let dropped = clock.now
    for _ in 0..<3 {
      let start = clock.now
      try session.sendKeys("?")
      try session.waitForText("Keys", timeout: .seconds(2))
      try session.sendKeys("Escape")
      try session.waitForScreen("help closed", timeout: .seconds(2)) { !$0.contains("Keys") }
      #expect(clock.now - start < .seconds(2))
    }
    let screen = try session.waitForScreen("all of them", timeout: .seconds(20)) {
      status($0).contains("/10,007 ")
    }
    print("10,000 files visible after \(clock.now - dropped)")
    #expect(header(screen).contains("10,000 new"))
    // They sort above the selected article, which stays selected.
    #expect(status(screen).hasPrefix(" 10,001/10,007 "))
    try session.sendKeys("j")
    try session.waitForScreen("the keys move the list") {
      status($0).hasPrefix(" 10,002/10,007 ")
    }
    try session.sendKeys("q")
    try session.waitUntil("gazette quits") { try !session.alternateScreenOn }
  }

  /// A second start shows what the index holds, then what changed since: a title changed
  /// between the runs shows changed, and the body shown is the file's.
  @Test func aSecondStartShowsTheIndexThenWhatChanged() throws {
    let data = try dataDirectory()
    let cache = try TemporaryDirectory()
    let environment = ["XDG_CACHE_HOME": cache.path]
    var session = try TmuxSession.gazette(
      ["--data", data.path], width: 110, height: 30, environment: environment)
    try session.waitForScreen("the list") { status($0).hasPrefix(" 1/7 ") }
    // The index is built in the background after the first load.
    try session.waitUntil("the index", timeout: .seconds(15)) {
      let folder = cache.path + "/gazette/index"
      guard let entries = FileManager.default.enumerator(atPath: folder) else { return false }
      return entries.contains { ($0 as? String)?.hasSuffix("current") == true }
    }
    try session.sendKeys("q")
    try session.waitUntil("gazette quits") { try !session.alternateScreenOn }
    session.kill()

    try write("Changed meanwhile", to: data.path + "/council/hearing.json")
    session = try TmuxSession.gazette(
      ["--data", data.path], width: 110, height: 30, environment: environment)
    let screen = try session.waitForText("Changed meanwhile", timeout: .seconds(10))
    #expect(!screen.contains("Public hearing on the Riverside Park"))
    #expect(status(screen).contains("/7 "))
    try session.sendKeys("q")
  }
}
