import GazetteTestSupport
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct ScreenDiffTests {
  private let pieces: [Cell] = [
    Cell(text: "a", width: 1), Cell(text: "b", width: 1, style: Style(bold: true)),
    Cell(text: "中", width: 2), Cell(text: "한", width: 2), Cell(text: " ", width: 1),
    Cell(text: "ｶ", width: 1), Cell(text: "ａ", width: 2, style: Style(reverse: true)),
  ]

  private func randomGrid(_ size: GridSize, using generator: inout SeededGenerator) -> CellGrid {
    var grid = CellGrid(size: size)
    for _ in 0..<(size.width * size.height / 2) {
      let cell = pieces[Int.random(in: 0..<pieces.count, using: &generator)]
      grid.write(
        cell, x: Int.random(in: 0..<size.width, using: &generator),
        y: Int.random(in: 0..<size.height, using: &generator))
    }
    return grid
  }

  @Test func paintingTheChangesReproducesTheNewGridOnATerminal() {
    var generator = SeededGenerator(seed: 42)
    let size = GridSize(width: 9, height: 3)
    for _ in 0..<300 {
      let backend = MemoryBackend(size: size)
      var screen = Screen()
      let old = randomGrid(size, using: &generator)
      screen.show(old, on: backend)
      #expect(backend.screen == old)
      let new = randomGrid(size, using: &generator)
      screen.show(new, on: backend)
      #expect(backend.screen == new, "\(old.text)\n→\n\(new.text)\ngot\n\(backend.screen.text)")
    }
  }

  @Test func unchangedScreenPaintsNothing() {
    let backend = MemoryBackend(size: GridSize(width: 5, height: 2))
    var screen = Screen()
    var grid = CellGrid(size: GridSize(width: 5, height: 2))
    grid.draw("中文a", x: 0, y: 0, width: 5, style: .plain)
    screen.show(grid, on: backend)
    #expect(screen.show(grid, on: backend) == 0)
    #expect(backend.paintCount == 1)
  }

  @Test func wideToNarrowRepaintsTheNeighbour() {
    var old = CellGrid(size: GridSize(width: 4, height: 1))
    old.draw("中b", x: 0, y: 0, width: 4, style: .plain)
    var new = old
    new.write(Cell(text: "a", width: 1), x: 0, y: 0)
    let changes = Screen.changes(from: old, to: new)
    #expect(changes.map(\.x) == [0, 1])
    #expect(changes.map(\.cell.text) == ["a", " "])
  }

  @Test func narrowToWideBehindAWideGlyphRepaintsIt() {
    // Row "中ab": "a" becomes the left half of "文", so "b"'s cell becomes its continuation.
    var old = CellGrid(size: GridSize(width: 4, height: 1))
    old.draw("中ab", x: 0, y: 0, width: 4, style: .plain)
    var new = old
    new.write(Cell(text: "文", width: 2), x: 2, y: 0)
    let changes = Screen.changes(from: old, to: new)
    #expect(changes.map(\.x) == [2])
    #expect(changes.first?.cell.text == "文")
  }

  @Test func fullRepaintClearsFirst() {
    let backend = MemoryBackend(size: GridSize(width: 3, height: 1))
    var screen = Screen()
    var grid = CellGrid(size: GridSize(width: 3, height: 1))
    grid.draw("abc", x: 0, y: 0, width: 4, style: .plain)
    screen.show(grid, on: backend)
    #expect(screen.show(grid, on: backend, fullRepaint: true) == 3)
    #expect(backend.clearCount == 2)
    #expect(backend.screen == grid)
  }
}
