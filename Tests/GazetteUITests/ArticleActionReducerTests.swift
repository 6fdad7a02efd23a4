import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The keys that act on an article: what the reducer asks for (effects as data) and says.
@Suite struct ArticleActionReducerTests {
  private static let actions = ActionSettings(saveDirectory: "/dl/", home: "/home/u")

  private func driver(_ actions: ActionSettings = actions) -> ReducerDriver {
    ReducerDriver(actions: actions)
  }

  /// The first article (panjin-1, http URL) as plain text.
  private var firstText: String {
    ArticleText.document(
      of: SampleArticles.articles[0], body: SampleArticles.bodies["panjin-1"]!)
  }

  @Test func oOpensTheSelectedArticlesURL() throws {
    var driver = driver()
    driver.press(.character("o"))
    guard case .openURL(let address)? = driver.outsideEffects.last else {
      Issue.record("no openURL effect")
      return
    }
    #expect(address.text == "http://www.panjin.gov.cn/html/1.html")
  }

  @Test func anArticleWithoutAnHTTPURLIsRefusedWithAMessage() {
    var driver = driver()
    driver.press(.character("j"), .character("o"))
    #expect(driver.outsideEffects.isEmpty)
    #expect(driver.state.message == "Not opened: this article has no URL")
  }

  @Test func yCopiesTheURLWhereTheClipboardIsAllowed() {
    var allowed = driver()
    allowed.press(.character("y"))
    guard case .copyToClipboard(let text)? = allowed.outsideEffects.last else {
      Issue.record("no copy effect")
      return
    }
    #expect(text == "http://www.panjin.gov.cn/html/1.html")
    #expect(allowed.state.message == "URL copied to the clipboard (OSC 52)")

    var settings = Self.actions
    settings.clipboard = false
    var refused = driver(settings)
    refused.press(.character("y"))
    #expect(refused.outsideEffects.isEmpty)
    #expect(refused.state.message?.hasPrefix("Copying is off") == true)

    var noURL = driver()
    noURL.press(.character("j"), .character("y"))
    #expect(noURL.outsideEffects.isEmpty)
    #expect(noURL.state.message == "Not copied: this article has no URL")
  }

  @Test func saveOpensAPromptWithAPathThenSavesWithoutReplacing() {
    var driver = driver()
    driver.press(.character("S"))
    #expect(driver.state.keyContext == .prompt)
    #expect(driver.state.actionPrompt?.text == "/dl/明確目標-突出重點-壓實責任-形成合力.txt")
    // Letters are text in the prompt, not commands.
    driver.press(.control("u"))
    driver.type("~/notes/q.txt")
    #expect(driver.state.actionPrompt?.text == "~/notes/q.txt")
    driver.press(.enter)
    #expect(driver.state.actionPrompt == nil)
    guard case .saveArticle(let request, let replacing)? = driver.outsideEffects.last else {
      Issue.record("no save effect")
      return
    }
    #expect(request.path == "/home/u/notes/q.txt")
    #expect(request.text == firstText)
    #expect(!replacing)
  }

  @Test func anExistingFileIsReplacedOnlyAfterY() {
    var driver = driver()
    let request = SaveRequest(path: "/dl/a.txt", text: "x")
    driver.send(.saveFinished(request, .exists))
    #expect(driver.state.actionPrompt?.label == "/dl/a.txt exists. Overwrite? (y/n) ")
    driver.press(.character("n"))
    #expect(driver.state.actionPrompt == nil)
    #expect(driver.state.message == "Not saved")
    #expect(driver.outsideEffects.isEmpty)

    driver.send(.saveFinished(request, .exists))
    driver.press(.character("y"))
    guard case .saveArticle(let again, let replacing)? = driver.outsideEffects.last else {
      Issue.record("no save effect")
      return
    }
    #expect(again == request)
    #expect(replacing)
    driver.send(.saveFinished(request, .written))
    #expect(driver.state.message == "Saved to /dl/a.txt")
    driver.send(.saveFinished(request, .failed("Permission denied")))
    #expect(driver.state.message == "Not saved to /dl/a.txt: Permission denied")
  }

  @Test func escapeClosesThePromptWithoutSaving() {
    var driver = driver()
    driver.press(.character("S"), .escape)
    #expect(driver.state.actionPrompt == nil)
    #expect(driver.outsideEffects.isEmpty)
    #expect(driver.state.message == "Not saved")
    #expect(driver.state.keyContext == .list)
  }

  @Test func pipeAsksForACommandAndHandsItTheText() {
    var driver = driver()
    driver.press(.character("|"))
    #expect(driver.state.actionPrompt?.label == "Pipe to: ")
    driver.press(.enter)
    #expect(driver.outsideEffects.isEmpty)
    #expect(driver.state.message == "Not piped: no command")
    driver.press(.character("|"))
    driver.type("wc -c")
    driver.press(.enter)
    guard case .pipeArticle(let command, let text)? = driver.outsideEffects.last else {
      Issue.record("no pipe effect")
      return
    }
    #expect(command == "wc -c")
    #expect(text == firstText)
  }

  @Test func saveAndPipeWaitForTheBody() {
    var driver = ReducerDriver(actions: Self.actions, start: false)
    driver.holdsBodies = true
    driver.send(.started)
    driver.press(.character("|"))
    driver.type("cat")
    driver.press(.enter)
    #expect(driver.outsideEffects.isEmpty)
    #expect(driver.state.message == "The article is still being read; try again in a moment")
  }

  @Test func fileNamesKeepLettersAndDigitsOnly() {
    func name(_ title: String, id: String = "id-1") -> String {
      ReaderState.fileName(for: SampleArticles.article(id, title, source: nil, day: nil))
    }
    #expect(
      name("City Council approves the 2023 budget") == "City-Council-approves-the-2023-budget.txt")
    #expect(name("../../etc/passwd") == "etc-passwd.txt")
    #expect(
      name(SampleArticles.hostileTitle).allSatisfy {
        $0.isLetter || $0.isNumber || "-._".contains($0)
      })
    #expect(name("   ") == "id-1.txt")
    #expect(name("", id: "///") == "article.txt")
    #expect(name(String(repeating: "長", count: 100)).count == 64)
  }
}
