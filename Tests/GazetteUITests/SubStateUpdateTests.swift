import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The parts of the reader's state that take keys update themselves from a few values.
@Suite struct SubStateUpdateTests {
  private static let sources = [
    SourceSummary(name: "大阪市", count: 9, newest: nil),
    SourceSummary(name: "City Council", count: 5, newest: nil),
    SourceSummary(name: nil, count: 2, newest: nil),
  ]

  @Test func theSourcePickerNarrowsChoosesAndCancels() {
    var picker = SourcePicker(sources: Self.sources, current: ["City Council"])
    #expect(picker.selected == 2, "opens on the current source")
    #expect(picker.update(.character("大"), command: nil, sources: Self.sources, page: 5) == .open)
    #expect(picker.choices.map(\.name) == ["大阪市"])
    #expect(picker.selected == 1)
    #expect(picker.update(.up, command: .up, sources: Self.sources, page: 5) == .open)
    #expect(picker.selected == 0)
    #expect(picker.update(.end, command: .bottom, sources: Self.sources, page: 5) == .open)
    #expect(picker.selected == 1)
    #expect(
      picker.update(.enter, command: .accept, sources: Self.sources, page: 5) == .chosen(["大阪市"]))
    #expect(
      picker.update(.backspace, command: .deleteCharacter, sources: Self.sources, page: 5) == .open)
    #expect(picker.choices.count == 3)
    #expect(picker.selected == 0)
    #expect(picker.update(.enter, command: .accept, sources: Self.sources, page: 5) == .chosen([]))
    #expect(picker.update(.escape, command: .cancel, sources: Self.sources, page: 5) == .cancelled)
  }

  @Test func theSearchPromptEditsAndSaysWhatToDo() {
    var prompt = SearchPrompt(text: "ab")
    #expect(prompt.update(.character("c"), command: nil) == .edited)
    #expect(prompt.text == "abc")
    #expect(prompt.update(.backspace, command: .deleteCharacter) == .edited)
    #expect(prompt.text == "ab")
    #expect(prompt.update(.down, command: .down) == .movesList(.down))
    #expect(prompt.update(.tab, command: nil) == .unchanged)
    #expect(prompt.update(.control("u"), command: .clearText) == .edited)
    #expect(prompt.text.isEmpty)
    #expect(prompt.update(.backspace, command: .deleteCharacter) == .unchanged)
    #expect(prompt.update(.enter, command: .accept) == .accepted)
    #expect(prompt.update(.escape, command: .cancel) == .cancelled)
  }

  @Test func overlaysScrollWithinTheirLinesAndClose() {
    var help = Overlay.help(top: 0)
    #expect(help.update(.down, maxTop: 3, page: 10) == .open)
    #expect(help == .help(top: 1))
    #expect(help.update(.pageDown, maxTop: 3, page: 10) == .open)
    #expect(help == .help(top: 3))
    #expect(help.update(nil, maxTop: 3, page: 10) == .closed, "any other key closes the help")
    var fitting = Overlay.help(top: 0)
    #expect(fitting.update(.down, maxTop: 0, page: 10) == .closed, "a help that fits closes")
    var problems = Overlay.problems(top: 2)
    #expect(problems.update(nil, maxTop: 5, page: 4) == .open)
    #expect(problems.update(.top, maxTop: 5, page: 4) == .open)
    #expect(problems == .problems(top: 0))
    #expect(problems.update(.close, maxTop: 5, page: 4) == .closed)
  }

  @Test func theListCursorMovesWithinTheRows() {
    let rows: [Int32] = Array(0..<50)
    var cursor = ListCursor()
    #expect(cursor.update(.down, rows: rows, height: 10) == .moved)
    #expect(cursor.selectedRow == 1 && cursor.selectedArticle == 1 && cursor.userMoved)
    #expect(cursor.update(.pageDown, rows: rows, height: 10) == .moved)
    #expect(cursor.selectedRow == 10)
    #expect(cursor.update(.bottom, rows: rows, height: 10) == .moved)
    #expect(cursor.selectedRow == 49 && cursor.top == 40)
    #expect(cursor.update(.search, rows: rows, height: 10) == .ignored)
    cursor.restore(in: Array(rows.reversed()), height: 10) { 49 - Int($0) }
    #expect(cursor.selectedRow == 0 && cursor.selectedArticle == 49)
  }
}
