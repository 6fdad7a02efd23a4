import Foundation
import GazetteTestSupport
import GazetteText
import Testing

/// End-to-end: data directories of naughty articles and files (`NaughtyInputs`) through every
/// command and the reader in a real terminal.
///
/// What must hold: `gazette check` names each bad file and its problem and exits 0 or 1;
/// `list`, `show` and `sources`, plain and `--json`, never write a control character (and the
/// JSON gives every character back); the reader shows every article harmlessly, keeps the
/// border between its panes, leaves the pane title and the paste buffers alone, and the raw
/// bytes it writes hold nothing but ncurses' own sequences. Figures are printed.
///
/// The tests run in parallel: each has its own directory and its own tmux server.
@Suite
struct HostileArticleTests {
  /// A directory holding one article per naughty string, every hostile file, and the two
  /// files whose names are the attack.
  final class HostileDirectory {
    let temporary: TemporaryDirectory
    /// How `gazette check` shows the file whose name is not UTF-8.
    let invalidName: String
    var path: String { temporary.path }

    init() throws {
      temporary = try TemporaryDirectory()
      try NaughtyInputs.writeArticles(NaughtyInputs.all, into: temporary.path)
      try NaughtyInputs.writeFiles(into: temporary.path)
      invalidName = try NaughtyInputs.writeHostileNames(into: temporary.path)
    }
  }

  /// An article as `gazette list --json` printed it.
  struct ListedArticle {
    let id: String
    let title: String
    let source: String?
    /// The file's name (the articles here are all at the top of the directory).
    let fileName: String
  }

  // MARK: - check

  @Test func checkNamesEveryHostileFileAndItsProblem() throws {
    let directory = try HostileDirectory()
    // Kept alive to the end: gazette reads the directory after its last mention.
    defer { withExtendedLifetime(directory) {} }
    // From inside the directory, so check prints the paths relative to it.
    let run = try CommandRun(["check", "--data", "."], directory: directory.path)
    #expect(run.status == 1)
    #expect(Self.plainTextViolations(run.outputBytes + run.errorBytes).isEmpty)
    let lines = run.lines
    var failures = 0
    for file in NaughtyInputs.files {
      let found = lines.filter { $0.hasPrefix(file.name + ":") }
      if let problem = file.problem {
        let named = found.count == 1 && found[0].contains(problem)
        #expect(named, "\(file.name): \(found)")
        if !named { failures += 1 }
      } else {
        #expect(found.isEmpty, "\(file.name): \(found)")
        if !found.isEmpty { failures += 1 }
      }
    }
    for (index, entry) in NaughtyInputs.all.enumerated() {
      let found = lines.filter { $0.hasPrefix(NaughtyInputs.fileName(index, entry) + ":") }
      let expected = found.allSatisfy { line in
        entry.warning.map { line.contains("warning: ") && line.contains($0) } ?? false
      }
      #expect(expected && (entry.warning == nil) == found.isEmpty, "\(entry.name): \(found)")
      if !expected { failures += 1 }
    }
    let invalidNameLine = lines.filter {
      $0.hasPrefix(TextLayout.sanitizeLine(directory.invalidName))
    }
    #expect(invalidNameLine.count == 1)
    #expect(invalidNameLine.first?.contains("the file name is not valid UTF-8") == true)
    let articles =
      NaughtyInputs.all.count + NaughtyInputs.files.reduce(0) { $0 + $1.articles } + 1
    #expect(lines.last?.hasPrefix("\(articles) articles from ") == true, "\(lines.last ?? "")")
    print(
      "hostile check: \(NaughtyInputs.all.count) naughty strings, "
        + "\(NaughtyInputs.files.count) hostile files and 2 hostile file names, "
        + "\(failures) failures; "
        + "\(run.outputBytes.count) bytes, 0 control characters")
  }

  // MARK: - list, show, sources

  @Test func listShowAndSourcesNeverWriteAControlCharacter() throws {
    let directory = try HostileDirectory()
    defer { withExtendedLifetime(directory) {} }
    let listed = try Self.listedArticles(in: directory.path)
    var runs = 0
    var bytes = 0
    var failures = 0
    var bodiesCompared = 0
    func check(_ arguments: [String], in data: String) throws -> CommandRun {
      let run = try CommandRun(arguments + ["--data", data])
      runs += 1
      bytes += run.outputBytes.count + run.errorBytes.count
      let violations = Self.plainTextViolations(run.outputBytes + run.errorBytes)
      #expect(run.status == 0, "\(arguments): status \(run.status)")
      #expect(violations.isEmpty, "\(arguments): \(violations)")
      if run.status != 0 || !violations.isEmpty { failures += 1 }
      return run
    }
    for arguments in [["list"], ["list", "--json"], ["sources"], ["sources", "--json"]] {
      _ = try check(arguments, in: directory.path)
    }
    // Each article is shown from a directory holding only its file, so every run loads one
    // file instead of the whole hostile directory.
    for article in listed {
      let alone = try TemporaryDirectory()
      try FileManager.default.copyItem(
        atPath: directory.path + "/" + article.fileName, toPath: alone.path + "/" + article.fileName
      )
      _ = try check(["show", article.id, "--width", "7"], in: alone.path)
      let json = try check(["show", article.id, "--json"], in: alone.path)
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(json.outputBytes)) as? [String: Any])
      #expect(object["title"] as? String == article.title)
      if let expected = Self.expectedBody(ofArticle: article.id) {
        #expect(object["body"] as? [String] == expected, "\(article.id)")
        bodiesCompared += 1
      }
    }
    // An id given on the command line is quoted back when no article has it.
    let missing = try CommandRun(
      ["show", "\u{1B}]0;PWNED\u{07}\u{9B}missing", "--data", directory.path])
    #expect(missing.status == 1 && missing.errorOutput.contains("no article with id"))
    #expect(Self.plainTextViolations(missing.outputBytes + missing.errorBytes).isEmpty)
    print(
      "hostile list/show/sources: \(listed.count) articles, \(runs) runs, \(bytes) bytes "
        + "checked, \(failures) failures (any control character counts); \(bodiesCompared) "
        + "bodies given back intact by show --json")
  }

  @Test func jsonOutputGivesBackEveryCharacter() throws {
    let directory = try HostileDirectory()
    defer { withExtendedLifetime(directory) {} }
    let listed = try Self.listedArticles(in: directory.path)
    let limit = 1_000
    var compared = 0
    for (index, entry) in NaughtyInputs.all.enumerated() {
      let id = String(NaughtyInputs.fileName(index, entry).dropLast(".json".count))
      let article = try #require(listed.first { $0.id == id }, "\(id) is not listed")
      let marker = NaughtyInputs.marker(index)
      let title = Self.loaded("\(marker) \(entry.text)")
      guard title.count <= limit, title.utf8.count <= 16_384 else { continue }
      #expect(article.title == title, "\(entry.name): title changed")
      #expect(article.source == Self.loaded("S\(marker) \(entry.text)"), "\(entry.name)")
      compared += 2
    }
    let surrogates = try #require(listed.first { $0.id == "json-unpaired-surrogates" })
    #expect(surrogates.title == "lone \u{FFFD} high \u{FFFD} low \u{FFFD} end")
    #expect(surrogates.source == "\u{FFFD}")
    let duplicate = try #require(listed.first { $0.id == "duplicate-keys" })
    #expect(duplicate.title == "second \u{1B}]0;PWNED-DUP\u{07}")
    let explicit = try #require(listed.first { $0.fileName == "id-with-escapes.json" })
    #expect(explicit.id == "\u{1B}]0;PWNED-ID\u{07}\u{202E}")
    let named = try #require(listed.first { $0.title == "named by escapes" })
    #expect(named.id == String(NaughtyInputs.escapeFileName.dropLast(".json".count)))

    print("hostile JSON round trip: \(compared) titles and sources compared, all equal")
  }

  @Test func commandsOnATerminalCutLinesToItsWidthAndWriteNoControl() throws {
    // On a terminal, list and sources cut lines to the width; show wraps to it.
    let directory = try HostileDirectory()
    defer { withExtendedLifetime(directory) {} }
    let gazette = TmuxSession.quoted(GazetteBinary.path)
    let data = "--data " + TmuxSession.quoted(directory.path)
    let commands = [
      "\(gazette) list \(data)", "\(gazette) sources \(data)", "echo END-OF-TABLES",
      "\(gazette) check \(data)", "\(gazette) show N05-osc0-title \(data)",
      "\(gazette) show N16-c1-string-controls \(data)",
      "\(gazette) show N52-title-100000-characters \(data) | head -n 40",
    ]
    let session = try TmuxSession(width: 80, height: 20) { _ in
      "IFS= read -r gate; export LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no; "
        + commands.joined(separator: "; ") + "; echo \(TmuxSession.exitMarker); IFS= read -r line"
    }
    try session.run([
      "set-option", "-g", "set-clipboard", "on", ";", "set-option", "-g", "history-limit", "50000",
    ])
    try session.run(["pipe-pane", "-o", "cat >> \(TmuxSession.quoted(session.rawOutputPath))"])
    let title = try session.paneTitle
    try session.releaseGate()
    let scan = TmuxSession.OutputScan(try session.recordedOutput(timeout: .seconds(60)))
    #expect(scan.forbiddenCount == 0 && scan.csiSequences + scan.shortEscapes == 0, "\(scan)")
    #expect(try session.paneTitle == title)
    #expect(try session.pasteBuffers().isEmpty)
    // Joined, a table line too wide for the pane would come back longer than 80 columns
    // (messages on stderr and the lines of check are not cut: they wrap).
    let lines = try session.run(["capture-pane", "-p", "-J", "-S", "-"])
      .split(separator: "\n")
    let tables = lines.prefix { !$0.hasPrefix("END-OF-TABLES") }
    let wide = tables.filter { !$0.hasPrefix("gazette: ") && TextLayout.width(String($0)) > 80 }
    #expect(wide.isEmpty, "\(wide.prefix(3))")
    #expect(tables.count > NaughtyInputs.all.count && tables.count < lines.count)
    print("hostile commands on an 80-column terminal: \(lines.count) lines; output: \(scan)")
  }

  // MARK: - The reader

  @Test func readerShowsEveryHostileArticleHarmlessly() throws {
    let directory = try HostileDirectory()
    defer { withExtendedLifetime(directory) {} }
    let listed = try Self.listedArticles(in: directory.path)
    let session = try TmuxSession.gazette(["--data", directory.path], recording: true)
    let title = try session.paneTitle
    #expect(try session.pasteBuffers().isEmpty)
    try session.releaseGate()

    let layout = (divider: 48, textColumn: 50, rows: 1..<39)
    var failures = 0
    var screens = 0
    for (row, article) in listed.enumerated() {
      let status = " \(row + 1)/\(listed.count) "
      let heading = Self.heading(of: article.title)
      let screen = try session.waitForScreen("article \(row + 1): \(heading)") { screen in
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count > 39 && lines[39].hasPrefix(status)
          && TmuxSession.text(of: lines[1], fromColumn: layout.textColumn).hasPrefix(heading)
      }
      var problems = TmuxSession.brokenBorderRows(
        in: screen, column: layout.divider, rows: layout.rows
      ).map { "border broken on row \($0)" }
      if let index = NaughtyInputs.all.indices.first(where: {
        article.id.hasPrefix(NaughtyInputs.marker($0) + "-")
      }), let visible = NaughtyInputs.all[index].visible, !screen.contains(visible) {
        problems.append("\"\(visible)\" is not on screen")
      }
      // Read it to its end in the reader pane, once the body is in.
      try session.waitForScreen("the body of \(heading)") { !$0.contains("Loading…") }
      try session.sendKeys("Enter", "G")
      try session.waitForScreen("the end of \(heading)") { screen in
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(39).first?
          .contains("100%") == true
      }
      let end = try session.waitForStableScreen()
      problems += TmuxSession.brokenBorderRows(
        in: end, column: layout.divider, rows: layout.rows
      ).map { "border broken on row \($0) at the end of the article" }
      screens += 2
      #expect(problems.isEmpty, "\(article.id): \(problems)\n\(end)")
      if !problems.isEmpty { failures += 1 }
      try session.sendKeys("h", "j")
    }

    // The overlays list hostile sources and file names.
    try session.sendKeys("g", "s")
    try session.waitForText("All sources")
    try session.run(["send-keys", "-l", "SN0"])
    try session.waitForText("Filter: SN0")
    try session.sendKeys("Escape")
    try session.waitForScreen("the picker closed") { !$0.contains("All sources") }
    try session.sendKeys("!")
    try session.waitForText("Load problems (")
    try session.sendKeys("End")
    try session.waitForStableScreen()
    try session.sendKeys("Escape")
    try session.waitForScreen("the problems closed") { !$0.contains("Load problems (") }
    try session.sendKeys("?")
    try session.waitForText("any key closes")
    try session.sendKeys("x")
    screens += 6

    // Odd sizes with a hostile article shown, then back.
    try session.sendKeys("j", "Enter")
    for (width, height) in [(60, 20), (20, 6), (1, 1), (1, 80), (80, 1), (120, 40)] {
      try session.resize(width: width, height: height)
      try session.waitUntil("a \(width)×\(height) window") {
        try session.display("#{window_width}x#{window_height}") == "\(width)x\(height)"
      }
      try session.waitForStableScreen()
      screens += 1
      #expect(try !session.paneDead)
    }
    let last = try session.waitForScreen("the border back at 120×40") { screen in
      TmuxSession.brokenBorderRows(in: screen, column: layout.divider, rows: layout.rows)
        .isEmpty
    }
    #expect(!last.isEmpty)

    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0)
    #expect(try session.terminalRestoreProblems().isEmpty)
    #expect(try session.paneTitle == title)
    #expect(try session.pasteBuffers().isEmpty)
    let scan = TmuxSession.OutputScan(try session.recordedOutput())
    #expect(scan.forbiddenCount == 0, "\(scan)")
    #expect(scan.csiSequences > 0)
    print(
      "hostile reader: \(listed.count) articles shown and read to the end, \(screens) screens "
        + "checked, \(failures) failures; output: \(scan); pane title unchanged, "
        + "paste buffers empty")
  }

  @Test func fiftyMegabyteBodyIsCheckedListedAndReadToItsEnd() throws {
    let directory = try TemporaryDirectory()
    defer { withExtendedLifetime(directory) {} }
    let name = try NaughtyInputs.writeHugeBody(megabytes: 50, into: directory.path)
    try Data(#"{"title": "small", "body": "x", "published": "2023-05-05"}"#.utf8)
      .write(to: URL(fileURLWithPath: directory.path + "/small.json"))
    let clock = ContinuousClock()
    let start = clock.now
    let check = try CommandRun(["check", "--data", directory.path], timeout: 120)
    #expect(check.status == 0)
    #expect(check.output == "2 articles from 2 files, 0 problems\n")
    let list = try CommandRun(["list", "--json", "--data", directory.path], timeout: 120)
    #expect(Self.plainTextViolations(list.outputBytes).isEmpty)
    #expect(list.output.contains("\"title\":\"HUGE body\""))
    let commands = clock.now - start

    let session = try TmuxSession.gazette(["--data", directory.path], recording: true)
    try session.releaseGate()
    try session.waitForText("small")
    let opened = clock.now
    try session.sendKeys("j", "Enter")
    try session.waitForText("市民の皆様へ", timeout: .seconds(120))
    try session.sendKeys("G")
    let screen = try session.waitForText("THE END", timeout: .seconds(120))
    let shown = clock.now - opened
    #expect(screen.contains("␛]0;PWNED-HUGE␇"))
    #expect(TmuxSession.brokenBorderRows(in: screen, column: 48, rows: 1..<39).isEmpty)
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit(timeout: .seconds(60)) == 0)
    let scan = TmuxSession.OutputScan(try session.recordedOutput())
    #expect(scan.forbiddenCount == 0, "\(scan)")
    print(
      "hostile 50 MB body (\(name)): check + list --json \(commands), opened and read to "
        + "its end in the reader in \(shown); output: \(scan)")
  }

  // MARK: - The checks themselves

  @Test func theOutputScanTellsNcursesSequencesFromForbiddenOnes() {
    let ncurses = Array(
      "\u{1B}[?1049h\u{1B}[1;1H\u{1B}[0;1;7mtext\u{1B}[m\u{0F}\u{1B}(B\u{1B})0\u{1B}=中\r\n\u{08}"
        .utf8)
    let clean = TmuxSession.OutputScan(ncurses)
    #expect(clean.forbiddenCount == 0, "\(clean)")
    #expect(clean.csiSequences == 4 && clean.shortEscapes == 3)
    let forbidden: [(String, [UInt8])] = [
      ("OSC", Array("\u{1B}]0;x\u{07}".utf8.dropLast())),
      ("DCS", Array("\u{1B}Pq".utf8)), ("APC", Array("\u{1B}_G".utf8)),
      ("PM", Array("\u{1B}^p".utf8)), ("SOS", Array("\u{1B}Xs".utf8)), ("BEL", [0x07]),
      ("raw C1 byte", [0x9B]), ("C1 control as UTF-8", [0xC2, 0x9D]),
      ("bidi control", [0xE2, 0x80, 0xAE]), ("unexpected CSI", Array("\u{1B}[6n".utf8)),
      ("unexpected CSI", Array("\u{1B}[>c".utf8)), ("other escape", Array("\u{1B}c".utf8)),
      ("other C0 control", [0x0E]), ("invalid UTF-8", [0xFF]),
    ]
    for (kind, bytes) in forbidden {
      let scan = TmuxSession.OutputScan(ncurses + bytes + ncurses)
      #expect(scan.forbidden == [kind: 1], "\(kind): \(scan)")
    }
    // A character cut short: each of its bytes is invalid.
    let cut = TmuxSession.OutputScan(ncurses + [0xE4, 0xB8] + ncurses)
    #expect(cut.forbidden == ["invalid UTF-8": 2], "\(cut)")
  }

  @Test func aProgramThatWritesEscapesIsCaughtByTheSessionChecks() throws {
    // The same checks as for gazette, on a program that does write OSC 0 and OSC 52: they
    // must see the title change, the paste buffer and the sequences in the recording.
    let session = try TmuxSession(width: 40, height: 5) { _ in
      "IFS= read -r gate; printf '\\033]0;PWNED\\007\\033]52;c;cHduZWQ=\\007\\302\\233'; "
        + "echo \(TmuxSession.exitMarker); IFS= read -r line"
    }
    try session.run(["set-option", "-g", "set-clipboard", "on"])
    try session.run(["pipe-pane", "-o", "cat >> \(TmuxSession.quoted(session.rawOutputPath))"])
    let title = try session.paneTitle
    try session.releaseGate()
    let scan = TmuxSession.OutputScan(try session.recordedOutput())
    #expect(scan.forbidden == ["OSC": 2, "BEL": 2, "C1 control as UTF-8": 1], "\(scan)")
    try session.waitUntil("the title to change") { try session.paneTitle == "PWNED" }
    #expect(title != "PWNED")
    #expect(try !session.pasteBuffers().isEmpty)
  }

  // MARK: - Helpers

  /// The articles `gazette list --json` prints for `directory`, in list order.
  static func listedArticles(in directory: String) throws -> [ListedArticle] {
    let run = try CommandRun(["list", "--json", "--data", directory])
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(run.outputBytes)) as? [[String: Any]])
    return array.compactMap { object in
      guard let id = object["id"] as? String, let title = object["title"] as? String,
        let path = object["path"] as? String
      else { return nil }
      return ListedArticle(
        id: id, title: title, source: object["source"] as? String,
        fileName: String(path.dropFirst(directory.count + 1)))
    }
  }

  /// The body paragraphs `show --json` must give for the article with this id when it was
  /// made from a naughty string without line ends (those are normalised, as documented) and
  /// within the length limit; nil for other articles.
  static func expectedBody(ofArticle id: String) -> [String]? {
    let lineEnds: Set<Unicode.Scalar> = ["\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"]
    for (index, entry) in NaughtyInputs.all.enumerated()
    where NaughtyInputs.fileName(index, entry) == id + ".json" {
      guard entry.warning == nil, !entry.text.unicodeScalars.contains(where: lineEnds.contains)
      else { return nil }
      return [
        loaded("B\(NaughtyInputs.marker(index)) \(entry.text)"),
        loaded(entry.text + " (escaped)"),
      ]
    }
    return nil
  }

  /// `text` as the loader keeps a one-line field: NFC, without surrounding whitespace.
  static func loaded(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The start of a title as the reader's first title line shows it: the first word of its
  /// sanitised form, up to the first character that is not ASCII (tmux may keep fewer
  /// combining marks than were drawn), at most 12 characters; or its first character when
  /// that leaves fewer than 3.
  static func heading(of title: String) -> String {
    let shown = TextLayout.sanitizeLine(title)
    let word = shown.prefix { $0.isASCII && $0 != " " }.prefix(12)
    return word.count >= 3 ? String(word) : String(shown.prefix(1))
  }

  /// Why `bytes` are not plain text: any control character but newline (ESC, C0, DEL, C1 as
  /// a raw byte or UTF-8), a bidi control, or invalid UTF-8.
  static func plainTextViolations(_ bytes: [UInt8]) -> [String] {
    let scan = TmuxSession.OutputScan(bytes)
    var violations = scan.examples
    if scan.csiSequences + scan.shortEscapes > 0 {
      violations.append("\(scan.csiSequences + scan.shortEscapes) escape sequences")
    }
    let layoutControls = bytes.filter { [0x08, 0x09, 0x0D, 0x0F].contains($0) }.count
    if layoutControls > 0 {
      violations.append("\(layoutControls) backspaces, tabs, CRs or shift-ins")
    }
    return violations
  }
}
