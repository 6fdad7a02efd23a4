/// A cell that differs from what is on the screen, with its position.
public struct CellChange: Hashable, Sendable {
  /// Column, from 0.
  public var x: Int
  /// Row, from 0.
  public var y: Int
  /// What to draw there.
  public var cell: Cell

  /// Creates a change.
  public init(x: Int, y: Int, cell: Cell) {
    self.x = x
    self.y = y
    self.cell = cell
  }
}
