import Foundation
import GazetteTestSupport
import Testing

/// End-to-end: the config file applied by the reader, a broken one refused before the
/// terminal is touched, `list --sort`, and the help and picker wrapping on small terminals.
@Suite(.serialized)
struct ReaderComfortTests {
  static var data: String { GazetteBinary.fixtures + "/cli" }

  /// An `XDG_CONFIG_HOME` holding `gazette/config.toml` with `text`.
  private func configHome(_ text: String) throws -> TemporaryDirectory {
    let home = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: home.path + "/gazette", withIntermediateDirectories: true)
    try text.write(toFile: home.path + "/gazette/config.toml", atomically: true, encoding: .utf8)
    return home
  }

  /// The insides of the rows of the box on `screen` (between its first and last `│`): the
  /// list behind it may show a cut title in the columns left of the box.
  private func boxRows(_ screen: String) -> [String] {
    screen.split(separator: "\n").compactMap { line in
      guard let first = line.firstIndex(of: "│"), let last = line.lastIndex(of: "│"), first < last
      else { return nil }
      return String(line[line.index(after: first)..<last])
    }
  }

  private func status(_ screen: String, row: Int) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.count > row ? String(lines[row]) : ""
  }

  @Test func aKeyReboundInTheConfigFileDoesTheNewThing() throws {
    let home = try configHome("[keys.list]\ndown = \"x\"\n")
    let session = try TmuxSession.gazette(
      ["--data", Self.data], width: 100, height: 30, environment: ["XDG_CONFIG_HOME": home.path])
    try session.waitForScreen("row 1") { status($0, row: 29).hasPrefix(" 1/7 ") }
    try session.sendKeys("x")
    try session.waitForScreen("row 2 after x") { status($0, row: 29).hasPrefix(" 2/7 ") }
    // j ran `down` by default; the file gave `down` only x, so j does nothing now.
    try session.sendKeys("j", "?")
    let help = try session.waitForText("Keys")
    #expect(help.contains("↑ x  k"))
    try session.sendKeys("Escape")
    let screen = try session.waitForScreen("help closed") { !$0.contains("Keys") }
    #expect(status(screen, row: 29).hasPrefix(" 2/7 "))
    try session.sendKeys("q")
    try session.waitUntil("gazette quits") { try !session.alternateScreenOn }
  }

  @Test func aBrokenConfigIsRefusedAndTheTerminalIsLeftAsItWas() throws {
    let home = try configHome("[keys.list]\ndown = \"x\"\nup = \"x\"\nfrobnicate = \"z\"\n")
    let session = try TmuxSession(
      width: 250, height: 30, environment: ["XDG_CONFIG_HOME": home.path]
    ) { directory in
      let script = directory.appendingPathComponent("run.sh")
      let lines = [
        "cd \(TmuxSession.quoted(directory.path)) || exit 99",
        "export LANG=C.UTF-8",
        "stty -g > stty-before",
        "\(TmuxSession.quoted(GazetteBinary.path)) --data \(TmuxSession.quoted(Self.data))",
        "echo \"EXIT=$?\"",
        "stty -g > stty-after",
        "echo DONE",
        "exec sleep 60",
      ]
      try lines.joined(separator: "\n").write(to: script, atomically: true, encoding: .utf8)
      return "bash \(TmuxSession.quoted(script.path))"
    }
    let screen = try session.waitForText("DONE")
    let path = home.path + "/gazette/config.toml"
    #expect(screen.contains("\(path):3:6: x is bound twice in list: to down (line 2) and to up"))
    #expect(screen.contains("\(path):4:1: unknown command \"frobnicate\" in [keys.list]"))
    #expect(screen.contains("EXIT=1"))
    #expect(try !session.alternateScreenOn)
    #expect(try session.cursorVisible)
    #expect(try session.waitForFile("stty-before") == session.waitForFile("stty-after"))
  }

  @Test func listSortsByEachFieldAndReverses() throws {
    let byTitle = try CommandRun(["list", "--data", Self.data, "--sort", "title"]).lines
    #expect(byTitle.first?.hasSuffix("Public hearing on the Riverside Park renovation") == true)
    #expect(byTitle.last?.hasSuffix("서울시, 5월부터 심야버스 노선 확대 운영") == true)
    let reversed = try CommandRun(
      ["list", "--data", Self.data, "--sort", "title", "--reverse"]
    ).lines
    #expect(reversed == Array(byTitle.reversed()))
    let bySource = try CommandRun(["list", "--data", Self.data, "--sort", "source"]).lines
    #expect(bySource.prefix(2).allSatisfy { $0.contains("City Council") })
    #expect(bySource[0].hasPrefix("2023-05-04"), "ties keep the date order; undated last")
    let byDateReversed = try CommandRun(["list", "--data", Self.data, "--reverse"]).lines
    #expect(byDateReversed.first?.hasPrefix("2022-12-01") == true)
    #expect(byDateReversed.last?.contains("Undated notice") == true, "undated stays last")
    let bad = try CommandRun(["list", "--data", Self.data, "--sort", "tilte"])
    #expect(bad.status == 64)
    #expect(
      bad.errorOutput
        == "gazette: --sort tilte: the list sorts by date, source, title or views; did you mean title?\n"
    )
    let fromConfig = try configHome("[sort]\nby = \"title\"\n")
    let configured = try CommandRun(
      ["list", "--data", Self.data], environment: ["XDG_CONFIG_HOME": fromConfig.path])
    #expect(configured.lines == byTitle)
    let overridden = try CommandRun(
      ["list", "--data", Self.data, "--sort", "date"],
      environment: ["XDG_CONFIG_HOME": fromConfig.path])
    #expect(overridden.lines.first?.hasPrefix("2023-05-06") == true, "the command line wins")
  }

  @Test(arguments: [(60, 20), (40, 12)])
  func theHelpAndThePickerWrapOnSmallTerminals(width: Int, height: Int) throws {
    let session = try TmuxSession.gazette(["--data", Self.data], width: width, height: height)
    try session.waitForText("Gazette")
    try session.sendKeys("?")
    let help = try session.waitForText("Keys")
    let helpBox = boxRows(help)
    #expect(!helpBox.isEmpty)
    #expect(helpBox.allSatisfy { !$0.contains("…") }, "\(help)")
    // Escape alone, then s: sent together they read as Alt-s.
    try session.sendKeys("Escape")
    try session.waitForScreen("help closed") { !$0.contains("Keys") }
    try session.sendKeys("s")
    let picker = try session.waitForText("Sources")
    let pickerBox = boxRows(picker)
    #expect(pickerBox.allSatisfy { !$0.contains("…") }, "\(picker)")
    try session.sendKeys("Escape")
    try session.waitForScreen("picker closed") { !$0.contains("Sources") }
    try session.sendKeys("q")
    try session.waitUntil("gazette quits") { try !session.alternateScreenOn }
  }
}
