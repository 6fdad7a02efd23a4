import Foundation
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct KeysDocumentationTests {
  private var keysDocument: String? {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return try? String(contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
  }

  /// The text of docs/keys.md between `<!-- begin NAME -->` and `<!-- end NAME -->`.
  private func generatedSection(_ name: String, in document: String) -> String? {
    guard let begin = document.range(of: "<!-- begin \(name) -->\n"),
      let end = document.range(
        of: "\n<!-- end \(name) -->", range: begin.upperBound..<document.endIndex)
    else { return nil }
    return String(document[begin.upperBound..<end.lowerBound])
  }

  @Test func theKeysDocumentListsExactlyTheHelpOverlay() throws {
    let document = try #require(keysDocument)
    let table = try #require(generatedSection("help", in: document))
    let rows = table.split(separator: "\n").filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| Keys |")
    }
    let expected = KeyMap.default.helpLines.map {
      "| \(KeyMap.escaped($0.keys)) | \(KeyMap.escaped($0.action)) |"
    }
    #expect(rows.map(String.init) == expected)
    #expect(
      table == KeyMap.default.helpTableMarkdown,
      "docs/keys.md should hold:\n\(KeyMap.default.helpTableMarkdown)")
  }

  @Test func theKeysDocumentListsEveryCommandOfTheKeyMap() throws {
    let document = try #require(keysDocument)
    let table = try #require(generatedSection("commands", in: document))
    let expected = KeyMap.default.commandTableMarkdown
    #expect(table == expected, "docs/keys.md should hold:\n\(expected)")
    for command in Command.allCases {
      #expect(table.contains("| `\(command.name)` |"), "\(command.name)")
    }
  }

  @Test func theHelpOverlayShowsEveryBinding() {
    var driver = ReducerDriver(size: GridSize(width: 100, height: 40))
    driver.press(.character("?"))
    let screen = ScreenView.render(driver.state).grid.text
    for binding in KeyMap.default.helpLines {
      #expect(screen.contains(binding.keys), "\(binding.keys)")
      #expect(screen.contains(binding.action), "\(binding.action)")
    }
  }
}
