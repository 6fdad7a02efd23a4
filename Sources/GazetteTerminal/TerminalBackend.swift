/// What a terminal must offer Gazette: its size, painting cells, and reading events.
///
/// The backend decides nothing about layout or width: it paints the cells it is given at the
/// positions it is given. The ncurses backend and the in-memory test backend implement it.
public protocol TerminalBackend: AnyObject {
  /// The current size of the terminal, in cells.
  var size: GridSize { get }

  /// Paints the given cells and shows the result.
  ///
  /// A cell of width 2 covers the continuation cell to its right; continuation cells
  /// themselves are never painted.
  func paint(_ changes: [CellChange])

  /// Clears the screen, so that the next `paint` starts from blank cells.
  func clear()

  /// Waits up to `timeoutMilliseconds` for the next event; `nil` when none came in time.
  func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
}
