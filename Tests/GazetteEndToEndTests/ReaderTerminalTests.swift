import Foundation
import Testing

/// End-to-end tests of the real `gazette` binary in a real terminal (a private tmux server):
/// start-up, quitting, signals, a crash, suspend and resume, resizes, odd TERM and locales.
///
/// The program runs inside a wrapper script that saves `stty -g` before and after it, records
/// its exit status, then prints a marker and waits, so the pane's state (alternate screen,
/// cursor) can be read once the program has ended.
@Suite(.serialized)
struct ReaderTerminalTests {
  /// How the wrapper script runs gazette.
  enum Launch {
    /// As a normal foreground program.
    case direct
    /// With its output piped into `cat` (stdout is not a terminal).
    case pipedIntoCat
    /// With stdin from /dev/null: keys must come from /dev/tty.
    case inputRedirected
    /// In a new session with no controlling terminal and stdin from /dev/null: no way to read
    /// keys, so input is at its end from the start.
    case withoutInput
  }

  /// Text the reader shows at start: the fixture titles begin with it.
  static let readerText = "東京都港区"
  /// The marker the wrapper prints once gazette has ended.
  static let exitMarker = "GAZETTE-EXITED"
  static var readerFixtures: String { GazetteBinary.fixtures + "/reader" }

  // MARK: - Start and quit

  @Test func startsOnTheAlternateScreenAndQuitsWithQ() throws {
    let session = try Self.session()
    try session.waitForText(Self.readerText)
    #expect(try session.alternateScreenOn)
    #expect(try !session.cursorVisible)
    try session.sendKeys("q")
    let status = try Self.waitForExit(session)
    #expect(status == 0)
    try Self.expectTerminalRestored(session)
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP, SIGQUIT])
  func terminatingSignalRestoresTerminalAndEndsWithThatSignal(signal: Int32) throws {
    let session = try Self.session()
    try session.waitForText(Self.readerText)
    let pid = try Self.gazettePID(session)
    #expect(kill(pid, signal) == 0)
    let status = try Self.waitForExit(session)
    #expect(status == 128 + Int(signal))
    try Self.expectTerminalRestored(session)
  }

  // MARK: - Crash

  @Test func trapRestoresTerminalBeforeAnythingIsPrinted() throws {
    let session = try Self.session(environment: ["GAZETTE_TEST_TRAP": "after-first-paint"])
    let status = try Self.waitForExit(session)
    #expect(status == 128 + Int(SIGILL) || status == 128 + Int(SIGTRAP))
    try Self.expectTerminalRestored(session)
    // The fatal-error message was written while curses owned the screen; it is shown after
    // the restore, on the main screen, followed by Gazette's own line.
    let screen = try session.capture()
    #expect(screen.contains("Fatal error"))
    #expect(screen.contains("gazette: crashed (signal"))
  }

  @Test func trapWithTheSwiftBacktracerShowsTheReportOnTheRestoredScreen() throws {
    let session = try Self.session(
      environment: ["SWIFT_BACKTRACE": "interactive=no,color=no"],
      with: ["GAZETTE_TEST_TRAP": "after-first-paint"])
    let status = try Self.waitForExit(session, timeout: .seconds(60))
    #expect(status == 128 + Int(SIGILL) || status == 128 + Int(SIGTRAP))
    try Self.expectTerminalRestored(session)
    let screen = try session.capture(history: true)
    #expect(screen.contains("gazette: crashed (signal"))
    #expect(screen.contains("Program crashed"))
  }

  // MARK: - Suspend and resume

  @Test func ctrlZSuspendsWithTheTerminalRestoredAndFgRedraws() throws {
    let session = try TmuxSession(width: 100, height: 30) { _ in
      "env -u LC_ALL -u LC_CTYPE -u NO_COLOR -u GAZETTE_TEST_TRAP LANG=C.UTF-8 "
        + "SWIFT_BACKTRACE=enable=no "
        + "bash --norc --noprofile -i"
    }
    let before = session.directory.appendingPathComponent("stty-before").path
    let during = session.directory.appendingPathComponent("stty-during").path
    let after = session.directory.appendingPathComponent("stty-after").path
    try session.waitForScreen("a shell prompt") { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    try session.typeLine("stty -g > \(Self.quoted(before)); echo READY$((40+2))")
    try session.waitForText("READY42")
    try session.typeLine(
      "\(Self.quoted(GazetteBinary.path)) --data \(Self.quoted(Self.readerFixtures))")
    try session.waitForText(Self.readerText)
    #expect(try session.alternateScreenOn)

    // Twice: the second suspend proves the relay was put back after the first resume.
    for round in 1...2 {
      try session.sendKeys("C-z")
      try session.waitForText("Stopped")
      #expect(try !session.alternateScreenOn)
      #expect(try session.cursorVisible)
      try session.typeLine(
        "stty -g > \(Self.quoted(during)); clear; echo SUSPENDED$((40+\(round)))")
      try session.waitForText("SUSPENDED\(40 + round)")
      #expect(try String(contentsOfFile: during, encoding: .utf8) == modesBefore(before))

      try session.typeLine("fg")
      try session.waitForText(Self.readerText)
      #expect(try session.alternateScreenOn)
      #expect(try !session.cursorVisible)
    }

    try session.sendKeys("q")
    try session.waitUntil("the main screen after q") { try !session.alternateScreenOn }
    try session.typeLine("stty -g > \(Self.quoted(after)); echo DONE$((40+2))")
    try session.waitForText("DONE42")
    #expect(try session.cursorVisible)
    let modesBefore = try String(contentsOfFile: before, encoding: .utf8)
    #expect(!modesBefore.isEmpty)
    #expect(try String(contentsOfFile: after, encoding: .utf8) == modesBefore)
  }

  /// The modes saved in `path` before gazette started.
  private func modesBefore(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  // MARK: - Resizes

  @Test func resizesToOddSizesAndBackRedrawTheSameScreen() throws {
    let session = try Self.session(width: 100, height: 30)
    try session.waitForText(Self.readerText)
    let original = try session.waitForSettledScreen()
    try session.resize(width: 60, height: 20)
    try session.waitForText(Self.readerText)
    for (width, height) in [(20, 6), (1, 1), (60, 20)] {
      try session.resize(width: width, height: height)
      try session.waitUntil("a \(width)×\(height) window") {
        try session.display("#{window_width}x#{window_height}") == "\(width)x\(height)"
      }
      try session.waitForStableScreen()
      #expect(try !session.paneDead)
    }
    try session.waitForText(Self.readerText)
    try session.resize(width: 100, height: 30)
    try session.waitForScreen("the original screen after resizes") { $0 == original }
    try session.sendKeys("q")
    #expect(try Self.waitForExit(session) == 0)
    try Self.expectTerminalRestored(session)
  }

  @Test func stormOfTwoHundredResizesEndsOnTheRightScreen() throws {
    let session = try Self.session(width: 100, height: 30)
    try session.waitForText(Self.readerText)
    let original = try session.waitForSettledScreen()
    var sizes: [(width: Int, height: Int)] = []
    for step in 0..<100 {
      sizes.append((width: 20 + (step * 37) % 90, height: 5 + (step * 11) % 30))
      sizes.append((width: 1 + step % 9, height: 1 + step % 4))
    }
    try session.resizeStorm(sizes)
    try session.resize(width: 100, height: 30)
    try session.waitForScreen("the original screen after the storm") { $0 == original }
    #expect(try !session.paneDead)
    try session.sendKeys("q")
    #expect(try Self.waitForExit(session) == 0)
    try Self.expectTerminalRestored(session)
  }

  @Test func idleReaderUsesNoProcessorBeforeAndAfterResizesAndSignals() throws {
    // A relay whose self-pipe is never drained wakes the event loop forever: the reader then
    // ignores signals and spins a core (once seen only in release builds).
    let session = try Self.session(width: 100, height: 30)
    try session.waitForText(Self.readerText)
    _ = try session.waitForSettledScreen()
    let pid = try Self.gazettePID(session)
    try Self.expectIdle(pid, "at start")
    var sizes: [(width: Int, height: Int)] = []
    for step in 0..<50 { sizes.append((width: 30 + step, height: 10 + step % 20)) }
    try session.resizeStorm(sizes)
    try session.resize(width: 100, height: 30)
    try session.waitForText(Self.readerText)
    _ = try session.waitForSettledScreen()
    try Self.expectIdle(pid, "after a resize storm")
    // A signal the reader handles without ending (SIGCONT) must not leave it spinning either.
    #expect(kill(pid, SIGCONT) == 0)
    try Self.expectIdle(pid, "after SIGCONT")
    #expect(kill(pid, SIGTERM) == 0)
    #expect(try Self.waitForExit(session) == 128 + Int(SIGTERM))
    try Self.expectTerminalRestored(session)
  }

  // MARK: - Terminals and locales it cannot or must adapt to

  @Test(arguments: ["dumb", "nonexistent", ""])
  func unusableTerminalTypeIsExplainedWithStatusOne(term: String) throws {
    // An empty string stands for TERM unset.
    let session =
      term.isEmpty
      ? try Self.session(unsetting: ["TERM"]) : try Self.session(with: ["TERM": term])
    let status = try Self.waitForExit(session)
    #expect(status == 1)
    let screen = try session.capture()
    #expect(screen.contains("gazette: "))
    #expect(screen.contains(term.isEmpty ? "TERM is not set" : "'\(term)'"))
    #expect(screen.contains("gazette list"))
    try Self.expectTerminalRestored(session)
  }

  @Test func outputThatIsNotATerminalSuggestsListAndFails() throws {
    let session = try Self.session(launch: .pipedIntoCat)
    let status = try Self.waitForExit(session)
    #expect(status == 1)
    let screen = try session.capture()
    #expect(screen.contains("not a terminal"))
    #expect(screen.contains("gazette list"))
    try Self.expectTerminalRestored(session)
  }

  @Test(arguments: [["LANG": "C"], ["LC_ALL": "POSIX"], ["LANG": "C", "LC_CTYPE": "C"]])
  func nonUTF8LocaleFallsBackToCUTF8AndDrawsCJK(locale: [String: String]) throws {
    let session = try Self.session(with: locale)
    try session.waitForText(Self.readerText)
    try session.sendKeys("q")
    #expect(try Self.waitForExit(session) == 0)
    try Self.expectTerminalRestored(session)
  }

  @Test func redirectedStdinStillReadsKeysFromTheTerminal() throws {
    let session = try Self.session(launch: .inputRedirected)
    try session.waitForText(Self.readerText)
    try session.sendKeys("q")
    #expect(try Self.waitForExit(session) == 0)
    try Self.expectTerminalRestored(session)
  }

  @Test func inputAtItsEndStopsTheReaderInsteadOfSpinning() throws {
    let session = try Self.session(launch: .withoutInput)
    let status = try Self.waitForExit(session, timeout: .seconds(15))
    #expect(status == 1)
    #expect(try session.capture().contains("end of input"))
    try Self.expectTerminalRestored(session)
  }

  // MARK: - Helpers

  /// Starts gazette on the reader fixtures inside the wrapper script.
  ///
  /// `with` sets variables and `unsetting` removes them for gazette only (after LANG=C.UTF-8
  /// and SWIFT_BACKTRACE=enable=no, which `environment` can override for the whole pane).
  static func session(
    width: Int = 100, height: Int = 30, environment: [String: String] = [:],
    with variables: [String: String] = [:], unsetting: [String] = [], launch: Launch = .direct
  ) throws -> TmuxSession {
    try TmuxSession(width: width, height: height) { directory in
      let script = directory.appendingPathComponent("run.sh")
      try wrapperScript(
        directory: directory, environment: environment, variables: variables,
        unsetting: unsetting, launch: launch
      ).write(to: script, atomically: true, encoding: .utf8)
      return "/bin/sh \(quoted(script.path))"
    }
  }

  static func wrapperScript(
    directory: URL, environment: [String: String], variables: [String: String],
    unsetting: [String], launch: Launch
  ) -> String {
    var lines = [
      "cd \(quoted(directory.path)) || exit 99",
      "ulimit -c 0",
      "unset LC_ALL LC_CTYPE LC_MESSAGES LANGUAGE NO_COLOR GAZETTE_TEST_TRAP",
      "export LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no",
    ]
    for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
      lines.append("export \(name)=\(quoted(value))")
    }
    var prefix = "env"
    for name in unsetting { prefix += " -u \(name)" }
    for (name, value) in variables.sorted(by: { $0.key < $1.key }) {
      prefix += " \(name)=\(quoted(value))"
    }
    let gazette =
      "\(prefix) sh -c 'echo $$ > pid; exec \"$@\"' sh \(quoted(GazetteBinary.path)) "
      + "--data \(quoted(readerFixtures))"
    lines.append("stty -g > stty-before")
    switch launch {
    case .direct:
      lines += [gazette, "echo $? > status"]
    case .pipedIntoCat:
      lines.append("{ \(gazette); echo $? > status; } | cat")
    case .inputRedirected:
      lines += ["\(gazette) < /dev/null", "echo $? > status"]
    case .withoutInput:
      lines += ["setsid -w \(gazette) < /dev/null", "echo $? > status"]
    }
    lines += ["stty -g > stty-after", "echo \(exitMarker)", "read line"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Waits for the wrapper's marker and returns gazette's exit status.
  static func waitForExit(_ session: TmuxSession, timeout: Duration = .seconds(15)) throws
    -> Int?
  {
    try session.waitForText(exitMarker, timeout: timeout)
    let status = try session.waitForFile("status")
    return Int(status.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// User plus system processor time of `pid` so far, in seconds (from /proc).
  static func processorSeconds(_ pid: pid_t) throws -> Double {
    let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
    // The command name may hold spaces; the fields after it are fixed.
    let fields = try #require(stat.split(separator: ")").last).split(separator: " ")
    let ticks = try #require(Double(fields[11])) + #require(Double(fields[12]))
    return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// Expects `pid` to use under 5% of a core over two idle seconds.
  static func expectIdle(
    _ pid: pid_t, _ moment: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let start = try processorSeconds(pid)
    Thread.sleep(forTimeInterval: 2)
    let used = try processorSeconds(pid) - start
    #expect(
      used < 0.1, "used \(used) s of processor in 2 idle seconds \(moment)",
      sourceLocation: sourceLocation)
  }

  static func gazettePID(_ session: TmuxSession) throws -> pid_t {
    let text = try session.waitForFile("pid")
    let pid = try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    return pid
  }

  /// The terminal after gazette: the same modes as before it, main screen, cursor visible.
  static func expectTerminalRestored(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try session.waitForFile("stty-before")
    let after = try session.waitForFile("stty-after")
    #expect(after == before, "terminal modes changed", sourceLocation: sourceLocation)
    #expect(
      try !session.alternateScreenOn, "still on the alternate screen",
      sourceLocation: sourceLocation)
    #expect(try session.cursorVisible, "cursor hidden", sourceLocation: sourceLocation)
  }

  /// `text` as one single-quoted shell word.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
