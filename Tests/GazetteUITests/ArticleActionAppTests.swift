import Foundation
import GazetteModel
import GazetteTestSupport
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The action keys run by the real app on a memory terminal: the terminal handed over and
/// taken back, the control sequences written, a piped command really run.
@Suite struct ArticleActionAppTests {
  private func run(
    _ steps: [MemoryBackend.Step], actions: ActionSettings = ActionSettings()
  ) -> (MemoryBackend, ReaderApp) {
    let backend = MemoryBackend(size: GridSize(width: 100, height: 30), steps: steps)
    let app = ReaderApp(
      options: ReaderOptions(dataDirectory: "data", actions: actions),
      provider: SampleArticles.provider)
    _ = app.run(on: backend)
    return (backend, app)
  }

  @Test func pipingRunsTheCommandWithTheTerminalHandedOver() throws {
    let directory = try TemporaryDirectory()
    let output = directory.path + "/piped.txt"
    var steps: [MemoryBackend.Step] = [.waitForIdle, MemoryBackend.press(.character("|"))]
    steps += MemoryBackend.typing("cat > '\(output)'")
    steps += [MemoryBackend.press(.enter), .waitForIdle, .capture]
    let (finished, app) = run(steps)
    #expect(
      finished.terminalLog == [
        .suspended, .resumed(prompt: "\r\n" + ExternalPrograms.continuePrompt),
      ])
    let expected = ArticleText.document(
      of: SampleArticles.articles[0], body: SampleArticles.bodies["panjin-1"]!)
    #expect(try String(contentsOfFile: output, encoding: .utf8) == expected)
    // Taken back: every cell painted again, and the status line says how it went.
    #expect(finished.captures.last == app.lastFrame)
    #expect(finished.captures.last?.rowText(29).contains("Piped to cat >") == true)
  }

  @Test func aFailingCommandIsReportedNotFatal() {
    var steps: [MemoryBackend.Step] = [.waitForIdle, MemoryBackend.press(.character("|"))]
    steps += MemoryBackend.typing("exit 3")
    steps += [MemoryBackend.press(.enter), .waitForIdle, .capture]
    let (backend, _) = run(steps)
    #expect(backend.captures.last?.rowText(29).contains("exit 3 ended with status 3") == true)
  }

  @Test func copyingWritesOSC52AndNothingElse() {
    let steps: [MemoryBackend.Step] = [
      .waitForIdle, MemoryBackend.press(.character("y")), .waitForIdle,
    ]
    let (backend, _) = run(steps)
    #expect(backend.terminalLog == [.sent(.clipboard("http://www.panjin.gov.cn/html/1.html"))])
  }

  @Test func aMissingBrowserIsAMessage() {
    let settings = ActionSettings(
      browser: "/nonexistent/browser:also-not-there", searchPath: ["/nonexistent"])
    let steps: [MemoryBackend.Step] = [
      .waitForIdle, MemoryBackend.press(.character("o")), .waitForIdle, .capture,
    ]
    let (backend, _) = run(steps, actions: settings)
    #expect(backend.terminalLog.isEmpty, "the terminal is not handed over for nothing")
    #expect(
      backend.captures.last?.rowText(29).contains(
        "No browser found (tried browser, also-not-there); set $BROWSER") == true)
  }

  @Test func theURLIsMarkedAsAHyperlinkOnlyWhenAsked() throws {
    let steps: [MemoryBackend.Step] = [.waitForIdle, .capture]
    let (plain, _) = run(steps)
    #expect(plain.terminalLog.isEmpty)
    let (linked, app) = run(steps, actions: ActionSettings(hyperlinks: true))
    let links = linked.terminalLog.compactMap { entry -> (String, Int, Int, String)? in
      guard case .sent(let sequence) = entry,
        case .hyperlink(let url, let x, let y, let text) = sequence.purpose
      else { return nil }
      return (url, x, y, text)
    }
    let link = try #require(links.last)
    #expect(link.0 == "http://www.panjin.gov.cn/html/1.html")
    let frame = try #require(app.lastFrame)
    // The link's text is exactly the cells it covers.
    #expect(frame.rowText(link.2).dropFirst(link.1).hasPrefix(link.3))
  }
}
