import Foundation
import GazetteTestSupport
import Testing

/// End-to-end: the reader used the way a person uses it, in a real terminal (tmux): moving in
/// the list, reading and scrolling an article, choosing a source, searching, the overlays,
/// resizing, suspending and quitting, and the launch options that pre-filter.
///
/// The data is the command-line fixtures plus one long article to scroll through. At 100×30
/// the list is 40 columns wide, the reader's text starts at column 42, the status line is
/// row 29.
@Suite(.serialized)
struct ReaderSessionTests {
  /// The fixtures (7 articles, 2 problems) plus `long/ordinance.json`, the newest article:
  /// 60 numbered sections, so it is several screens long.
  final class SessionData {
    let temporary: TemporaryDirectory
    var path: String { temporary.path + "/data" }

    init() throws {
      temporary = try TemporaryDirectory()
      try FileManager.default.copyItem(
        atPath: GazetteBinary.fixtures + "/cli", toPath: temporary.path + "/data")
      let sections = (1...60).map { number in
        "\"Section \(number). The council shall publish notice \(number) of the ordinance "
          + "in every ward office and on the city web site.\""
      }
      let json =
        #"{"title": "Long ordinance with sixty sections", "source": "City Council", "#
        + #""published": "2023-05-07", "body": ["# + sections.joined(separator: ", ") + "]}"
      try FileManager.default.createDirectory(
        atPath: path + "/long", withIntermediateDirectories: true)
      try json.write(toFile: path + "/long/ordinance.json", atomically: true, encoding: .utf8)
    }
  }

  static let articleCount = 8
  static let statusRow = 29
  static let readerColumn = 42
  static let longTitle = "Long ordinance with sixty sections"

  // MARK: - Moving and reading

  @Test func movesThroughTheListWithJKAndTheArrows() throws {
    let data = try SessionData()
    // Kept alive to the end: gazette reads the directory after its last mention.
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(["--data", data.path], width: 100, height: 30)
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    try session.sendKeys("j")
    try Self.waitFor(session, row: 2, reading: "关于5月6日部分区域临时停水的通知")
    try session.sendKeys("Down")
    try Self.waitFor(session, row: 3, reading: "明確目標")
    try session.sendKeys("Down", "Down")
    try Self.waitFor(session, row: 5)
    try session.sendKeys("k")
    try Self.waitFor(session, row: 4)
    try session.sendKeys("Up")
    try Self.waitFor(session, row: 3, reading: "明確目標")
    try session.sendKeys("G")
    try Self.waitFor(session, row: 8, reading: "Undated notice about waste collection")
    try session.sendKeys("g")
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    try Self.quit(session)
  }

  @Test func opensAnArticleAndScrollsTheReader() throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(["--data", data.path], width: 100, height: 30)
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    try session.sendKeys("Enter")
    try session.waitForText("Section 1. The council")
    // j scrolls the reader by one line now, not the list.
    try session.sendKeys("j")
    try session.waitForScreen("the title scrolled off") { screen in
      Self.readerLine(screen, 1).hasPrefix("City Council · 2023-05-07")
    }
    #expect(Self.status(try session.capture()).hasPrefix(" 1/8 "))
    try session.sendKeys("NPage")
    let onePage = try session.waitForScreen("a page down") { !$0.contains("Section 1. The") }
    let firstPage = try #require(Self.firstSection(in: onePage))
    try session.sendKeys("Space")
    try session.waitForScreen("two pages down") { screen in
      Self.firstSection(in: screen).map { $0 > firstPage } ?? false
    }
    try session.sendKeys("G")
    let end = try session.waitForText("Section 60. The council")
    #expect(Self.status(end).hasPrefix(" 1/8  100%"))
    try session.sendKeys("b")
    try session.waitForScreen("a page up") { !$0.contains("Section 60. The") }
    try session.sendKeys("g")
    try session.waitForScreen("the top again") { Self.readerLine($0, 1) == Self.longTitle }
    // Back to the list: j moves the selection again.
    try session.sendKeys("h", "j")
    try Self.waitFor(session, row: 2, reading: "关于5月6日")
    try Self.quit(session)
  }

  // MARK: - Filtering

  @Test func choosesASourceThroughThePicker() throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(["--data", data.path], width: 100, height: 30)
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    try session.sendKeys("s")
    // The picker fills in as the load goes on, so wait for the sources rather than the box.
    try session.waitForScreen("the picker listing the sources") {
      $0.contains("All sources") && $0.contains("City Council") && $0.contains("東京都港区")
    }
    try session.run(["send-keys", "-l", "港区"])
    try session.waitForText("Filter: 港区")
    try session.sendKeys("Enter")
    try session.waitForScreen("the header naming the source") { $0.contains("source: 東京都港区") }
    try Self.waitFor(session, row: 1, of: 2, reading: "港区立図書館の臨時休館について")
    try session.sendKeys("j")
    try Self.waitFor(session, row: 2, of: 2, reading: "ｶﾞｽ管工事に伴う通行止めのお知らせ")
    // The picker opens on the current source; Home then Enter shows every source again.
    try session.sendKeys("s")
    try session.waitForText("All sources")
    try session.sendKeys("Home", "Enter")
    try session.waitForScreen("every source again") {
      !$0.contains("source: ") && Self.status($0).contains("/8 ")
    }
    try Self.quit(session)
  }

  @Test func searchesFindsMatchesAndEscClears() throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(["--data", data.path], width: 100, height: 30)
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    try session.sendKeys("/")
    try session.run(["send-keys", "-l", "hearing"])
    try session.sendKeys("Enter")
    try session.waitForScreen("the search in the header") { $0.contains("search: hearing") }
    try Self.waitFor(session, row: 1, of: 1, reading: "Public hearing on the Riverside Park")
    // Wait for the body too: until it is read, only the title's match is known ("of 1").
    try session.waitForText("Residents may speak")
    try session.sendKeys("Enter", "n")
    let first = try session.waitForScreen("a match") { Self.status($0).contains("match ") }
    try session.sendKeys("n")
    try session.waitForScreen("the next match") { screen in
      Self.status(screen).contains("match ") && Self.status(screen) != Self.status(first)
    }
    try session.sendKeys("N")
    try session.waitForScreen("the previous match") { Self.status($0) == Self.status(first) }
    #expect(Self.status(first).contains(" of 2"))

    // A CJK search, typed as an input method would deliver it, finds a body too.
    try session.sendKeys("h", "/")
    try session.waitForScreen("the prompt") { Self.status($0).hasPrefix("/") }
    try session.sendKeys("C-u")
    try session.run(["send-keys", "-l", "迂回路"])
    try session.sendKeys("Enter")
    try Self.waitFor(session, row: 1, of: 1, reading: "ｶﾞｽ管工事に伴う通行止めのお知らせ")

    // Esc in the prompt clears the search.
    try session.sendKeys("/")
    try session.waitForScreen("the prompt") { Self.status($0).hasPrefix("/") }
    try session.sendKeys("Escape")
    try session.waitForScreen("the search cleared") {
      !$0.contains("search: ") && Self.status($0).contains("/8 ")
    }
    try Self.quit(session)
  }

  @Test(arguments: [
    (["--source", "City Council"], "source: City Council", 3, "Long ordinance with sixty"),
    (["--search", "停水"], "search: 停水", 1, "关于5月6日部分区域临时停水的通知"),
    // The header is cut at 100 columns: the search text itself does not fit.
    (
      ["--source", "東京都港区", "--search", "工事"], "source: 東京都港区  search:", 1,
      "ｶﾞｽ管工事に伴う通行止めのお知らせ"
    ),
  ])
  func launchOptionsPreFilter(
    options: [String], header: String, count: Int, firstTitle: String
  ) throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(
      ["--data", data.path] + options, width: 100, height: 30)
    try session.waitForScreen("the header") { $0.contains(header) }
    try Self.waitFor(session, row: 1, of: count, reading: firstTitle)
    try Self.quit(session)
  }

  // MARK: - Overlays

  @Test func helpAndProblemsOverlaysOpenAndClose() throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(["--data", data.path], width: 100, height: 30)
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    let start = try session.waitForText("Section 1. The council")
    #expect(Self.status(start).contains("2 problems (!)"))
    try session.sendKeys("?")
    let help = try session.waitForText("any key closes")
    #expect(help.contains("choose a source"))
    try session.sendKeys("x")
    try session.waitForScreen("the help closed") { $0 == start }
    try session.sendKeys("!")
    let problems = try session.waitForText("Load problems (2)")
    #expect(problems.contains("bad/syntax.json:4:"))
    #expect(problems.contains("bad/notitle.json"))
    try session.sendKeys("Escape")
    try session.waitForScreen("the problems closed") { $0 == start }
    try Self.quit(session)
  }

  // MARK: - The terminal

  @Test func resizesKeepTheReadingPositionAndComeBackToTheSameScreen() throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(["--data", data.path], width: 100, height: 30)
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    try session.waitForText("Section 1. The council")
    try session.sendKeys("Enter", "NPage", "NPage", "NPage")
    try session.waitForScreen("pages down") { !$0.contains("Section 1. ") }
    var reading = try session.waitForSettledScreen()
    // Start from a line of text (a blank line between paragraphs has no exact place to keep).
    if !Self.readerLine(reading, 1).hasPrefix("Section ") {
      try session.sendKeys("j")
      reading = try session.waitForScreen("a section on the first line") {
        Self.readerLine($0, 1).hasPrefix("Section ")
      }
    }
    let section = try #require(Self.firstSection(in: reading))
    try session.resize(width: 60, height: 20)
    let stacked = try session.waitForScreen("the stacked layout") { screen in
      screen.split(separator: "\n").contains { $0.hasPrefix(String(repeating: "─", count: 60)) }
    }
    #expect(stacked.contains("Section \(section)."))
    try session.resize(width: 20, height: 6)
    try session.waitUntil("a 20×6 window") {
      try session.display("#{window_width}x#{window_height}") == "20x6"
    }
    try session.waitForStableScreen()
    try session.resize(width: 100, height: 30)
    try session.waitForScreen("the screen from before the resizes") { $0 == reading }
    try Self.quit(session)
  }

  @Test(arguments: [(1, 80), (80, 1), (1, 1)])
  func startsInATerminalOfOneColumnOrOneRowAndRecovers(width: Int, height: Int) throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession.gazette(
      ["--data", data.path], width: width, height: height)
    try session.waitUntil("the reader on the alternate screen") { try session.alternateScreenOn }
    try session.waitForStableScreen()
    #expect(try !session.paneDead)
    // Keys at this size must not crash it; whether they land before the first batch of
    // articles does (nothing on screen tells) is up to timing, so the check comes after.
    try session.sendKeys("j", "Enter", "G")
    try session.waitForStableScreen()
    try session.resize(width: 100, height: 30)
    try session.waitForScreen("the list at 100×30") {
      Self.status($0).contains("/\(Self.articleCount) ")
    }
    // `h`, not Escape: an Escape with a key right behind it is read as an Alt chord.
    try session.sendKeys("h", "g", "j")
    try Self.waitFor(session, row: 2, reading: "关于5月6日")
    try Self.quit(session)
  }

  @Test func suspendsWithCtrlZAndResumesWhereItWasWithFg() throws {
    let data = try SessionData()
    defer { withExtendedLifetime(data) {} }
    let session = try TmuxSession(width: 100, height: 30) { _ in
      "env -u LC_ALL -u LC_CTYPE -u NO_COLOR -u GAZETTE_TEST_TRAP LANG=C.UTF-8 "
        + "SWIFT_BACKTRACE=enable=no PS1='$ ' bash --norc --noprofile -i"
    }
    try session.waitForText("$")
    try session.typeLine(
      "\(TmuxSession.quoted(GazetteBinary.path)) --data \(TmuxSession.quoted(data.path))")
    try Self.waitFor(session, row: 1, reading: Self.longTitle)
    try session.sendKeys("j", "j", "Enter")
    try Self.waitFor(session, row: 3, reading: "明確目標")
    let before = try session.waitForSettledScreen()
    try session.sendKeys("C-z")
    try session.waitForText("Stopped")
    #expect(try !session.alternateScreenOn)
    try session.typeLine("echo SUSPENDED$((40+2))")
    try session.waitForText("SUSPENDED42")
    try session.typeLine("fg")
    try session.waitForScreen("the reader as it was") { $0 == before }
    // Still on the same article with the reader focused: j stays in the reader, h goes back
    // to the list, j moves to row 4 (from the list, the first j would have made it 4, then 5).
    try session.sendKeys("j", "h", "j")
    try Self.waitFor(session, row: 4)
    try session.sendKeys("q")
    try session.waitUntil("the shell after q") { try !session.alternateScreenOn }
    try session.typeLine("echo EXIT=$?")
    try session.waitForText("EXIT=0")
    #expect(try session.cursorVisible)
  }

  // MARK: - Helpers

  /// Waits until the status line says row `row` of `count` is selected and, when given, the
  /// reader's first line starts with `title`; returns that screen.
  @discardableResult
  static func waitFor(
    _ session: TmuxSession, row: Int, of count: Int = articleCount, reading title: String? = nil
  ) throws -> String {
    try session.waitForScreen("row \(row)/\(count)" + (title.map { " showing \($0)" } ?? "")) {
      screen in
      status(screen).hasPrefix(" \(row)/\(count) ")
        && (title.map { readerLine(screen, 1).hasPrefix($0) } ?? true)
    }
  }

  /// The status line of a 30-row screen.
  static func status(_ screen: String) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.count > statusRow ? String(lines[statusRow]) : ""
  }

  /// Row `row` of the reader pane's text (100-column layout), without trailing blanks.
  static func readerLine(_ screen: String, _ row: Int) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    guard row < lines.count else { return "" }
    var text = TmuxSession.text(of: lines[row], fromColumn: readerColumn)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }

  /// The number of the first "Section N." on the screen.
  static func firstSection(in screen: String) -> Int? {
    guard let range = screen.range(of: "Section ") else { return nil }
    return Int(screen[range.upperBound...].prefix { $0.isNumber })
  }

  /// Quits with q and checks the exit status and the terminal.
  static func quit(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0, sourceLocation: sourceLocation)
    let problems = try session.terminalRestoreProblems()
    #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
  }
}
