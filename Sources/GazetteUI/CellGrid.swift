import GazetteText

/// A rectangle of cells that views draw into; the screen is one, tests compare them as text.
///
/// Drawing through `draw`, `put`, `write` and `fill` keeps the grid consistent: a wide
/// grapheme always has its continuation cell to the right, and overwriting either half of a
/// wide grapheme turns the other half into a space, as a terminal would.
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
    guard x >= 0 else { return 0 }
    let width = min(size.width - x, maxWidth ?? size.width)
    return draw(Substring(text), x: x, y: y, width: width, style: style)
  }

  /// One row as text, continuation cells omitted (like `tmux capture-pane`).
  public func rowText(_ y: Int) -> String {
    guard y >= 0, y < size.height else { return "" }
    var line = ""
    for x in 0..<size.width where !self[x, y].isContinuation {
      line += self[x, y].text
    }
    return line
  }

  /// The grid as text, one line per row, continuation cells omitted (like `tmux capture-pane`).
  public var text: String {
    (0..<size.height).map(rowText).joined(separator: "\n")
  }
}
