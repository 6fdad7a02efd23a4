import GazetteTerminal

/// A drawn screen, with a count of the work it took.
struct RenderedFrame: Sendable {
  /// The screen's cells.
  var grid: CellGrid
  /// How many list rows were drawn (never more than fit on screen).
  var listRowsDrawn: Int
}
