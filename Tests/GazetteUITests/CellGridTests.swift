import GazetteText
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct CellGridTests {
  @Test func wideGraphemeThatWouldStraddleTheLimitBecomesASpace() {
    var grid = CellGrid(size: GridSize(width: 6, height: 1), fill: Cell(text: "x", width: 1))
    let used = grid.draw("ab中文", x: 0, y: 0, width: 5, style: .plain)
    #expect(used == 5)
    #expect(grid.text == "ab中 x")
    #expect(grid[4, 0].text == " ")
  }

  @Test func overwritingHalfOfAWideGraphemeBlanksTheOtherHalf() {
    var grid = CellGrid(size: GridSize(width: 4, height: 1))
    grid.draw("中文", x: 0, y: 0, width: 4, style: .plain)
    grid.write(Cell(text: "|", width: 1), x: 1, y: 0)
    #expect(grid.text == " |文")
    grid.write(Cell(text: "-", width: 1), x: 2, y: 0)
    #expect(grid.text == " |- ")
    #expect(GridInvariants.violations(in: grid).isEmpty)
  }

  @Test func wideCellAtTheLastColumnBecomesASpace() {
    var grid = CellGrid(size: GridSize(width: 3, height: 1))
    grid.write(Cell(text: "한", width: 2), x: 2, y: 0)
    #expect(grid.text == "   ")
    #expect(GridInvariants.violations(in: grid).isEmpty)
  }

  @Test func controlCharactersNeverReachACell() {
    var grid = CellGrid(size: GridSize(width: 12, height: 1))
    grid.draw("a\u{1B}b\u{202E}c\u{85}\u{2028}", x: 0, y: 0, width: 12, style: .plain)
    // Unsanitised text still cannot place a control: C0 and C1 show as substitutes, the
    // zero-width bidi override takes no cell.
    #expect(grid.text.hasPrefix("a␛bc��"))
    #expect(GridInvariants.violations(in: grid).isEmpty)
    // Each replacement is counted, so tests can tell that a view forgot to sanitise; the
    // count is not part of what the grid shows.
    #expect(grid.unsafeFallbacks == 4)
    var copy = CellGrid(size: grid.size)
    for x in 0..<grid.size.width { copy.write(grid[x, 0], x: x, y: 0) }
    #expect(copy.unsafeFallbacks == 0)
    #expect(copy == grid)
    var sanitised = CellGrid(size: GridSize(width: 12, height: 1))
    sanitised.draw("a␛b中\u{FFFD}", x: 0, y: 0, width: 12, style: .plain)
    #expect(sanitised.unsafeFallbacks == 0)
  }

  @Test func displaySafetyRefusesControlsAndBidiOverrides() {
    for unsafe: Character in [
      "\u{1B}", "\u{07}", "\u{7F}", "\u{9B}", "\u{202E}", "\u{2067}", "\u{200F}",
    ] {
      #expect(!TerminalSafety.isSafe(unsafe), "\(unsafe.unicodeScalars.map(\.value))")
    }
    for safe: Character in ["a", "中", "␛", "\u{FFFD}", "e\u{301}", "👍"] {
      #expect(TerminalSafety.isSafe(safe))
    }
    #expect(TerminalSafety.isSubstitute("␛"))
    #expect(TerminalSafety.isSubstitute("\u{FFFD}"))
    #expect(!TerminalSafety.isSubstitute("a"))
  }

  @Test func controlPicturesAreDrawnDim() {
    var grid = CellGrid(size: GridSize(width: 4, height: 1))
    grid.draw("a␛b", x: 0, y: 0, width: 4, style: Style(bold: true))
    #expect(!grid[0, 0].style.dim)
    #expect(grid[1, 0].style.dim)
    #expect(grid[1, 0].style.bold)
  }

  @Test func tabsExpandFromTheStartOfTheLine() {
    var grid = CellGrid(size: GridSize(width: 12, height: 1), fill: Cell(text: ".", width: 1))
    grid.draw("a\tb", x: 2, y: 0, width: 10, style: .plain)
    #expect(grid.text == "..a       b.")
  }

  @Test func fillClipsToTheGrid() {
    var grid = CellGrid(size: GridSize(width: 3, height: 2))
    grid.fill(Rect(x: -1, y: 1, width: 10, height: 5), with: Cell(text: "#", width: 1))
    #expect(grid.text == "   \n###")
  }

  @Test func drawingOutsideTheGridDoesNothing() {
    var grid = CellGrid(size: GridSize(width: 2, height: 2))
    #expect(grid.draw("abc", x: 0, y: 5, width: 3, style: .plain) == 0)
    #expect(grid.draw("abc", x: 7, y: 0, width: 3, style: .plain) == 0)
    #expect(grid.draw("abc", x: -1, y: 0, width: 3, style: .plain) == 0)
    var empty = CellGrid(size: GridSize(width: 0, height: 0))
    #expect(empty.draw("abc", x: 0, y: 0, width: 3, style: .plain) == 0)
    #expect(empty.text == "")
  }

  @Test func drawFittedCutsWithAnEllipsisAndPads() {
    var grid = CellGrid(size: GridSize(width: 8, height: 1), fill: Cell(text: ".", width: 1))
    grid.drawFitted("abcdefghij", x: 0, y: 0, width: 6, style: .plain)
    #expect(grid.text == "abcde…..")
    grid.drawFitted("ab", x: 0, y: 0, width: 6, style: .plain)
    #expect(grid.text == "ab    ..")
  }
}
