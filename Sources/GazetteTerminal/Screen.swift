/// Keeps what is on the terminal and paints only the cells that changed.
///
/// A wide grapheme and its neighbours are repainted together when one of them changes, so a
/// terminal never keeps half of a wide glyph. A new size or an explicit request clears the
/// terminal and paints every cell.
public struct Screen {
  /// The grid the terminal shows now; `nil` before the first paint.
  public private(set) var current: CellGrid?

  /// Creates a screen that has painted nothing yet.
  public init() {}

  /// Shows `grid` on `backend`; returns the number of cells painted.
  @discardableResult
  public mutating func show(
    _ grid: CellGrid, on backend: some TerminalBackend, fullRepaint: Bool = false
  ) -> Int {
    let changes: [CellChange]
    if fullRepaint || current?.size != grid.size {
      backend.clear()
      changes = Self.allCells(of: grid)
    } else if let current {
      changes = Self.changes(from: current, to: grid)
    } else {
      changes = Self.allCells(of: grid)
    }
    current = grid
    if !changes.isEmpty { backend.paint(changes) }
    return changes.count
  }

  /// Every cell of `grid` except continuation cells.
  static func allCells(of grid: CellGrid) -> [CellChange] {
    var changes: [CellChange] = []
    changes.reserveCapacity(grid.cells.count)
    for y in 0..<grid.size.height {
      for x in 0..<grid.size.width where !grid[x, y].isContinuation {
        changes.append(CellChange(x: x, y: y, cell: grid[x, y]))
      }
    }
    return changes
  }

  /// The cells to paint to turn `old` into `new` (grids of the same size).
  ///
  /// A changed cell next to a wide grapheme (before or after the change) drags that
  /// grapheme's cells along, so the terminal redraws whole glyphs.
  static func changes(from old: CellGrid, to new: CellGrid) -> [CellChange] {
    guard old.size == new.size else { return allCells(of: new) }
    let width = new.size.width
    var changes: [CellChange] = []
    var dirty = [Bool](repeating: false, count: width)
    for y in 0..<new.size.height {
      var any = false
      for x in 0..<width {
        let changed = old[x, y] != new[x, y]
        dirty[x] = changed
        any = any || changed
      }
      guard any else { continue }
      // A wide grapheme, old or new, that starts at a changed cell: its right half too.
      for x in 0..<width where dirty[x] && x + 1 < width {
        if old[x, y].width >= 2 || new[x, y].width >= 2 { dirty[x + 1] = true }
      }
      // A changed half (old or new) of a wide grapheme: the cell it belongs to, to the left.
      for x in stride(from: width - 1, to: 0, by: -1) where dirty[x] {
        if old[x, y].isContinuation || new[x, y].isContinuation { dirty[x - 1] = true }
      }
      for x in 0..<width where dirty[x] && !new[x, y].isContinuation {
        changes.append(CellChange(x: x, y: y, cell: new[x, y]))
      }
    }
    return changes
  }
}
