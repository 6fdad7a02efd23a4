import GazetteText

/// A rectangle of cells that views draw into; the screen is one, tests compare them as text.
public struct CellGrid: Hashable, Sendable {
  /// Size in cells.
  public private(set) var size: GridSize
  /// Cells row by row.
  public private(set) var cells: [Cell]

  /// Creates a grid filled with `fill`.
  public init(size: GridSize, fill: Cell = .blank()) {
    self.size = size
    self.cells = Array(repeating: fill, count: size.width * size.height)
  }

  /// The cell at column `x`, row `y`.
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * size.width + x] }
    set { cells[y * size.width + x] = newValue }
  }

  /// Writes one line of display-safe text at (`x`, `y`), never past `x + maxWidth` nor the edge.
  ///
  /// A wide grapheme that would straddle the limit is replaced by a space. Returns the number of
  /// columns written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain
  ) -> Int {
    guard y >= 0, y < size.height, x >= 0, x < size.width else { return 0 }
    let limit = min(size.width, x + (maxWidth ?? size.width))
    var column = x
    var stop = false
    TextLayout.forEachCell(in: text, startColumn: x) { character, _, width in
      guard !stop else { return }
      if column + width > limit {
        while column < limit {
          self[column, y] = Cell(text: " ", width: 1, style: style)
          column += 1
        }
        stop = true
        return
      }
      guard width > 0 else { return }
      self[column, y] = Cell(text: String(character), width: width, style: style)
      for extra in 1..<max(1, width) {
        self[column + extra, y] = Cell(text: "", width: 0, style: style)
      }
      column += width
    }
    return column - x
  }

  /// The grid as text, one line per row, continuation cells omitted (like `tmux capture-pane`).
  public var text: String {
    var lines: [String] = []
    for y in 0..<size.height {
      var line = ""
      for x in 0..<size.width where !self[x, y].isContinuation {
        line += self[x, y].text
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}
