import Foundation
import GazetteTestSupport
import Testing

/// End-to-end: acting on a notice in a real terminal (tmux): opening its URL with a recording
/// `$BROWSER` (a list, `%s`, a terminal browser that takes the terminal, a graphical one
/// started detached), saving it (and not overwriting without asking), piping it into a
/// command, copying the URL with OSC 52, OSC 8 links, and hostile URLs refused.
@Suite(.serialized)
struct ArticleActionTests {
  static let url = "https://example.gov/notices/water?id=12&lang=ja#top"
  static let title = "Water supply notice 停水のお知らせ"
  static let statusRow = 29

  /// The article as plain text, as `gazette show --width 80` prints it and a save writes it.
  static let plainText = """
    Water supply notice 停水のお知らせ
    City Water · 2024-05-07
    https://example.gov/notices/water?id=12&lang=ja#top

    Water will be off on Tuesday from 9:00 to 15:00.

    Second paragraph.

    """

  /// Three articles (the water notice first, then three hostile URLs), a downloads
  /// directory, and a browser script that records its arguments and whether its stdin is a
  /// terminal.
  final class ActionData {
    let temporary: TemporaryDirectory
    var root: String { temporary.path }
    var data: String { root + "/data" }
    var downloads: String { root + "/dl" }
    var recorder: String { root + "/bin/record" }

    init() throws {
      temporary = try TemporaryDirectory()
      let manager = FileManager.default
      for directory in [data + "/news", downloads, root + "/bin"] {
        try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
      }
      let long = "https://example.gov/" + String(repeating: "a", count: 5_000)
      let articles: [(String, String)] = [
        (
          "water",
          #"{"title": "Water supply notice 停水のお知らせ", "source": "City Water", "published": "2024-05-07", "url": "https://example.gov/notices/water?id=12&lang=ja#top", "body": ["Water will be off on Tuesday from 9:00 to 15:00.", "Second paragraph."]}"#
        ),
        (
          "script",
          #"{"title": "Script link", "published": "2024-05-06", "url": "javascript:alert(1)", "body": ["x"]}"#
        ),
        (
          "escape",
          #"{"title": "Escape link", "published": "2024-05-05", "url": "https://a.gov/\u001b]52;c;ZXZpbA==\u0007", "body": ["x"]}"#
        ),
        (
          "long",
          #"{"title": "Long link", "published": "2024-05-04", "url": ""# + long
            + #"", "body": ["x"]}"#
        ),
      ]
      for (name, json) in articles {
        try json.write(toFile: data + "/news/\(name).json", atomically: true, encoding: .utf8)
      }
      try script(
        "record",
        """
        printf '%s\\n' "$@" > \(TmuxSession.quoted(root + "/argv.tmp"))
        if [ -t 0 ]; then echo tty; else echo notty; fi > \(TmuxSession.quoted(root + "/stdin"))
        mv \(TmuxSession.quoted(root + "/argv.tmp")) \(TmuxSession.quoted(root + "/argv"))
        """)
      // A terminal browser by name: it takes the terminal, shows a page and reads a line.
      try script(
        "w3m",
        """
        printf 'FAKE W3M %s\\n' "$1"
        IFS= read -r line
        echo "$line" > \(TmuxSession.quoted(root + "/typed"))
        """)
    }

    private func script(_ name: String, _ body: String) throws {
      let path = root + "/bin/" + name
      try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// A file of the scratch directory once it exists, or nil.
    func file(_ name: String) -> String? {
      try? String(contentsOfFile: root + "/" + name, encoding: .utf8)
    }
  }

  private static func reader(
    _ data: ActionData, browser: String, display: String = "", more: [String: String] = [:],
    recording: Bool = false
  ) throws -> TmuxSession {
    var environment = [
      "BROWSER": browser, "DISPLAY": display, "WAYLAND_DISPLAY": "",
      "XDG_DOWNLOAD_DIR": data.downloads, "TERM": "xterm-256color",
    ]
    environment.merge(more) { $1 }
    let session = try TmuxSession.gazette(
      ["--data", data.data], width: 100, height: 30, recording: recording,
      environment: environment)
    if recording { try session.releaseGate() }
    try session.waitForText(title)
    try session.waitForSettledScreen()
    return session
  }

  private static func status(_ screen: String) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.count > statusRow ? String(lines[statusRow]) : ""
  }

  private static func waitForStatus(_ session: TmuxSession, _ text: String) throws {
    try session.waitForScreen("the status line to say \"\(text)\"") { status($0).contains(text) }
  }

  private static func waitForFile(_ data: ActionData, _ name: String) throws -> String {
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(15)
    while clock.now < deadline {
      if let text = data.file(name), !text.isEmpty { return text }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw TmuxSession.Failure(description: "no file \(name)")
  }

  private static func quit(_ session: TmuxSession) throws {
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0)
    #expect(try session.terminalRestoreProblems() == [])
  }

  // MARK: - Opening the URL

  @Test func opensTheURLWithTheFirstBrowserOfTheListThatExists() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let session = try Self.reader(data, browser: "/nonexistent/browser:\(data.recorder) --flag %s")
    try session.sendKeys("o")
    let argv = try Self.waitForFile(data, "argv")
    #expect(argv == "--flag\n\(Self.url)\n")
    // No graphical display: the browser was given the terminal.
    #expect(data.file("stdin") == "tty\n")
    try Self.waitForStatus(session, "Back from record")
    try session.waitForText(Self.url)
    try Self.quit(session)
  }

  @Test func theConfigFilesBrowserWinsOverTheEnvironment() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let config = data.root + "/config"
    try FileManager.default.createDirectory(
      atPath: config + "/gazette", withIntermediateDirectories: true)
    try "browser = \"\(data.recorder) --from-config %s\"\n".write(
      toFile: config + "/gazette/config.toml", atomically: true, encoding: .utf8)
    let session = try Self.reader(
      data, browser: "/nonexistent/browser", more: ["XDG_CONFIG_HOME": config])
    try session.sendKeys("o")
    #expect(try Self.waitForFile(data, "argv") == "--from-config\n\(Self.url)\n")
    try Self.quit(session)
  }

  @Test func theConfigFileSetsTerminalBrowsersTheClipboardAndTheSaveFolder() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let config = data.root + "/config"
    let saved = data.root + "/saved"
    for directory in [config + "/gazette", saved] {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
    try """
    terminal_browsers = ["record"]
    clipboard = "never"
    save_directory = "\(saved)"

    """.write(toFile: config + "/gazette/config.toml", atomically: true, encoding: .utf8)
    // With a display, `record` would start beside the reader; the config names it a terminal
    // browser, so it gets the terminal.
    let session = try Self.reader(
      data, browser: data.recorder, display: ":99", more: ["XDG_CONFIG_HOME": config])
    try session.sendKeys("o")
    #expect(try Self.waitForFile(data, "argv") == Self.url + "\n")
    #expect(try Self.waitForFile(data, "stdin") == "tty\n")
    try Self.waitForStatus(session, "Back from record")
    try session.sendKeys("y")
    try Self.waitForStatus(session, "Copying is off")
    try session.sendKeys("S")
    try Self.waitForStatus(session, "/saved/Water-supply-notice-停水のお知らせ.txt")
    try session.sendKeys("Enter")
    try Self.waitForStatus(session, "Saved to ")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: saved) == [
        "Water-supply-notice-停水のお知らせ.txt"
      ])
    try Self.quit(session)
  }

  @Test func aGraphicalBrowserIsStartedDetachedWithTheURLLast() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let session = try Self.reader(data, browser: data.recorder, display: ":99")
    try session.sendKeys("o")
    #expect(try Self.waitForFile(data, "argv") == Self.url + "\n")
    #expect(try Self.waitForFile(data, "stdin") == "notty\n")
    try Self.waitForStatus(session, "Opening in record…")
    try Self.quit(session)
  }

  @Test func aTerminalBrowserTakesTheTerminalAndTheReaderComesBack() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    // Known by name as a terminal browser, so it gets the terminal even with a display.
    let session = try Self.reader(data, browser: data.root + "/bin/w3m", display: ":99")
    let before = try session.capture()
    try session.sendKeys("o")
    let browsing = try session.waitForText("FAKE W3M \(Self.url)")
    #expect(!browsing.contains(Self.title), "the reader's screen is gone while it browses")
    #expect(try !session.alternateScreenOn)
    try session.typeLine("hello")
    #expect(try Self.waitForFile(data, "typed") == "hello\n")
    try Self.waitForStatus(session, "Back from w3m")
    let after = try session.waitForSettledScreen()
    // Every row is back as it was but the status line.
    let rows = { (screen: String) in screen.split(separator: "\n", omittingEmptySubsequences: false)
    }
    #expect(rows(after).prefix(Self.statusRow) == rows(before).prefix(Self.statusRow))
    try Self.quit(session)
  }

  // MARK: - Save, pipe, copy

  @Test func savesTheArticleAndAsksBeforeOverwriting() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let session = try Self.reader(data, browser: data.recorder)
    let path = data.downloads + "/Water-supply-notice-停水のお知らせ.txt"
    try session.sendKeys("S")
    try Self.waitForStatus(session, "Save to: ")
    try Self.waitForStatus(session, "/dl/Water-supply-notice-停水のお知らせ.txt")
    try session.sendKeys("Enter")
    try Self.waitForStatus(session, "Saved to ")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.plainText)
    // One rendering for both: the saved file is what `gazette show` prints at 80 columns.
    let show = try CommandRun(["show", "--data", data.data, "--width", "80", "news/water"])
    #expect(show.output == Self.plainText)

    try "old".write(toFile: path, atomically: true, encoding: .utf8)
    try session.sendKeys("S")
    try Self.waitForStatus(session, "Save to: ")
    try session.sendKeys("Enter")
    try Self.waitForStatus(session, "exists. Overwrite? (y/n)")
    try session.sendKeys("n")
    try Self.waitForStatus(session, "Not saved")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")

    try session.sendKeys("S")
    try Self.waitForStatus(session, "Save to: ")
    try session.sendKeys("Enter")
    try Self.waitForStatus(session, "Overwrite? (y/n)")
    try session.sendKeys("y")
    try Self.waitForStatus(session, "Saved to ")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.plainText)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.downloads)
    #expect(leftovers == ["Water-supply-notice-停水のお知らせ.txt"])
    try Self.quit(session)
  }

  @Test func pipesTheArticleIntoAShellCommand() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let session = try Self.reader(data, browser: data.recorder)
    let piped = data.root + "/piped"
    try session.sendKeys("|")
    try Self.waitForStatus(session, "Pipe to:")
    try session.typeLine("cat > \(TmuxSession.quoted(piped)); wc -c < \(TmuxSession.quoted(piped))")
    let count = Self.plainText.utf8.count
    let shell = try session.waitForText("Press any key to continue…")
    #expect(shell.contains("\(count)"))
    #expect(!shell.contains(Self.title))
    try session.sendKeys("x")
    try Self.waitForStatus(session, "Piped to cat >")
    try session.waitForText(Self.url)
    #expect(try String(contentsOfFile: piped, encoding: .utf8) == Self.plainText)
    // The key that ended the wait was not taken as a command.
    #expect(Self.status(try session.capture()).hasPrefix(" 1/4 "))
    try Self.quit(session)
  }

  @Test func copiesTheURLToTheClipboardWithOSC52() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let session = try Self.reader(data, browser: data.recorder)
    try session.sendKeys("y")
    try Self.waitForStatus(session, "URL copied to the clipboard (OSC 52)")
    try session.waitUntil("tmux to receive the URL") {
      (try? session.run(["show-buffer"])) == Self.url
    }
    try Self.quit(session)
  }

  @Test func marksTheURLAsAnOSC8HyperlinkWhenAsked() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let session = try Self.reader(
      data, browser: data.recorder, more: ["GAZETTE_HYPERLINKS": "1"], recording: true)
    let screen = try session.capture()
    #expect(screen.contains("│ " + Self.url), "the URL is drawn whole on its own line")
    try Self.quit(session)
    let raw = String(decoding: try session.recordedOutput(), as: UTF8.self)
    // Saved cursor, the link around the URL's cells written again, restored cursor.
    #expect(raw.contains("\u{1B}]8;id=gazette-"))
    #expect(raw.contains(";\(Self.url)\u{1B}\\\(Self.url)\u{1B}]8;;\u{1B}\\\u{1B}8"))
  }

  // MARK: - Hostile URLs

  @Test func hostileURLsAreNeitherOpenedNorCopied() throws {
    let data = try ActionData()
    defer { withExtendedLifetime(data) {} }
    let session = try Self.reader(data, browser: data.recorder, more: ["GAZETTE_HYPERLINKS": "1"])
    let expectations = [
      "Not opened: only http and https URLs are opened, not javascript:",
      "Not opened: the URL holds control or invisible characters",
      "Not opened: the URL is 1000 characters or longer (perhaps cut short)",
    ]
    for expected in expectations {
      try session.sendKeys("j")
      try session.waitForSettledScreen()
      try session.sendKeys("o")
      try Self.waitForStatus(session, expected)
      try session.sendKeys("y")
      try Self.waitForStatus(
        session, expected.replacingOccurrences(of: "opened: ", with: "copied: "))
    }
    #expect(data.file("argv") == nil)
    #expect(try session.pasteBuffers().isEmpty)
    // The escape in the URL is drawn as a visible substitute, not obeyed.
    try session.sendKeys("k")
    try session.waitForText("https://a.gov/␛]52;c;ZXZpbA==␇")
    try Self.quit(session)
  }
}
