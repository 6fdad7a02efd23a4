/// A drawn screen, with a count of the work it took.
public struct RenderedFrame: Sendable {
  /// The screen's cells.
  public var grid: CellGrid
  /// How many list rows were drawn (never more than fit on screen).
  public var listRowsDrawn: Int

  /// Creates a frame.
  public init(grid: CellGrid, listRowsDrawn: Int) {
    self.grid = grid
    self.listRowsDrawn = listRowsDrawn
  }
}
