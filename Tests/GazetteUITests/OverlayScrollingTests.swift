import Foundation
import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The help and problems overlays scroll with the keys docs/keys.md names, and the wheel.
@Suite struct OverlayScrollingTests {
  /// A 60×20 reader with 50 problems: the help (18 rows in 16) and the problems both scroll.
  private func driver() -> ReducerDriver {
    var provider = SampleArticles.provider
    provider.problems = (1...50).map { LoadProblem(path: "bad\($0).json", message: "broken") }
    return ReducerDriver(provider: provider, size: GridSize(width: 60, height: 20))
  }

  /// Keys worth trying, by the name docs/keys.md gives them.
  private static let candidates: [(String, Key)] = [
    ("↑", .up), ("↓", .down), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home),
    ("End", .end), ("Space", .character(" ")), ("k", .character("k")),
    ("j", .character("j")), ("b", .character("b")), ("g", .character("g")),
    ("G", .character("G")), ("x", .character("x")), ("Tab", .tab), ("←", .left),
  ]

  /// The scroll keys docs/keys.md lists in the overlay bullet starting with `marker`.
  private func documentedScrollKeys(_ marker: String) throws -> Set<String> {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let document = try String(
      contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)
    // The bullet and its continuation lines, joined.
    let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
    let first = try #require(lines.firstIndex { $0.hasPrefix("- " + marker) })
    var bullet = String(lines[first])
    for line in lines[(first + 1)...] {
      guard line.hasPrefix("  ") else { break }
      bullet += " " + line.trimmingCharacters(in: .whitespaces)
    }
    let spans = bullet.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map(\.element)
    let keys = try #require(spans.first { $0.hasPrefix("↑") })
    return Set(keys.split(separator: " ").map(String.init))
  }

  /// The candidate keys that move `overlay` from its middle.
  private func scrollKeys(from overlay: Overlay) -> Set<String> {
    var found: Set<String> = []
    for (name, key) in Self.candidates {
      var scrolled = driver()
      scrolled.state.overlay = overlay
      scrolled.press(key)
      if let now = scrolled.state.overlay, now != overlay { found.insert(name) }
    }
    return found
  }

  @Test func theHelpScrollsWithTheKeysTheDocumentNames() throws {
    let keys = scrollKeys(from: .help(top: 1))
    #expect(keys == (try documentedScrollKeys("`?` help")))
    #expect(keys.count == 12)
  }

  @Test func theProblemsScrollWithTheKeysTheDocumentNames() throws {
    let keys = scrollKeys(from: .problems(top: 10))
    #expect(keys == (try documentedScrollKeys("`!` load problems")))
    #expect(keys.count == 12)
  }

  @Test func theWheelScrollsTheHelpByAStepAndNeverClosesIt() {
    // 22 rows: the help is 2 rows taller than its box.
    var driver = ReducerDriver(size: GridSize(width: 60, height: 27))
    driver.press(.character("?"))
    let wheel = { (kind: MouseEvent.Kind) in
      TerminalEvent.mouse(MouseEvent(kind: kind, x: 30, y: 10))
    }
    driver.send(.event(wheel(.wheelDown)))
    #expect(driver.state.overlay == .help(top: ReaderReducer.wheelStep), "a step is 3 rows")
    driver.send(.event(wheel(.wheelUp)))
    #expect(driver.state.overlay == .help(top: 0))
    driver.send(.event(wheel(.wheelUp)))
    #expect(driver.state.overlay == .help(top: 0))
    driver.send(.event(wheel(.click)))
    #expect(driver.state.overlay == nil)
    // Where the help fits, the wheel leaves it open and still.
    var roomy = ReducerDriver(size: GridSize(width: 100, height: 40))
    roomy.press(.character("?"))
    roomy.send(.event(wheel(.wheelDown)))
    #expect(roomy.state.overlay == .help(top: 0))
  }

  @Test func theWheelScrollsTheProblemsAndMovesThePickerByAStep() {
    var driver = driver()
    driver.press(.character("!"))
    driver.send(.event(.mouse(MouseEvent(kind: .wheelDown, x: 30, y: 10))))
    #expect(driver.state.overlay == .problems(top: ReaderReducer.wheelStep))
    driver.press(.escape, .character("s"))
    driver.send(.event(.mouse(MouseEvent(kind: .wheelDown, x: 30, y: 10))))
    guard case .sourcePicker(let picker)? = driver.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.selected == ReaderReducer.wheelStep)
  }
}
