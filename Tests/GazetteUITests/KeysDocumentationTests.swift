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

  @Test func theKeysDocumentListsExactlyTheHelpOverlay() throws {
    let document = try #require(keysDocument)
    let rows = document.split(separator: "\n").filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| Keys |")
    }
    let expected = KeyBinding.all.map { "| \($0.keys) | \($0.action) |" }
    #expect(rows.map(String.init) == expected)
  }

  @Test func theHelpOverlayShowsEveryBinding() {
    var driver = ReducerDriver(size: GridSize(width: 100, height: 40))
    driver.press(.character("?"))
    let screen = ScreenView.render(driver.state).grid.text
    for binding in KeyBinding.all {
      #expect(screen.contains(binding.keys), "\(binding.keys)")
      #expect(screen.contains(binding.action), "\(binding.action)")
    }
  }
}
