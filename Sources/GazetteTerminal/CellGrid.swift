import GazetteText

/// A rectangle of cells that views draw into; the screen is one, tests compare them as text.
///
/// Drawing through `draw`, `drawFitted`, `write` and `fill` keeps the grid consistent: a wide
/// grapheme always has its continuation cell to the right, and overwriting either half of a
/// wide grapheme turns the other half into a space, as a terminal would.
///
/// Two grids are equal when their cells are; `unsafeFallbacks` is a count of how they were
/// drawn, not part of what they show.
public struct CellGrid: Hashable, Sendable {
  /// Size in cells.
  public private(set) var size: GridSize
  /// Cells row by row.
  private(set) var cells: [Cell]
  /// Graphemes given to `draw` that were not display-safe (a control or bidi control other
  /// than tab and newline), which the grid drew as a substitute or not at all.
  ///
  /// Views sanitise every text they draw, so this stays 0; anything else means a view drew
  /// untrusted text without sanitising it (the grid's last line of defence caught it).
  public internal(set) var unsafeFallbacks = 0

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

  /// Whether two grids show the same cells.
  public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
    lhs.size == rhs.size && lhs.cells == rhs.cells
  }

  /// Hashes what the grid shows.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(size)
    hasher.combine(cells)
  }

  /// One row as text, continuation cells omitted (like `tmux capture-pane`).
  func rowText(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    var line = ""
    for x in 0..<size.width where !self[x, y].isContinuation {
      line += self[x, y].text
    }
    return line
  }

  /// The grid as text, one line per row, continuation cells omitted (like `tmux capture-pane`).
  var text: String {
    (0..<size.height).map(rowText).joined(separator: "\n")
  }
}
