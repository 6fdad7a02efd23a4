import GazetteTerminal

/// A drawn screen, with a count of the work it took.
struct RenderedFrame: Sendable {
  /// The screen's cells.
  var grid: CellGrid
  /// How many list rows were drawn (never more than fit on screen).
  var listRowsDrawn: Int
  /// Where the shown article's URL is on screen, to be marked as a hyperlink.
  var links: [ScreenLink] = []
}

/// A run of cells on one row that shows (part of) a URL.
struct ScreenLink: Hashable, Sendable {
  /// The URL as a browser takes it (`WebAddress.ascii`).
  var url: String
  /// The first column.
  var x: Int
  /// The row.
  var y: Int
  /// How many cells.
  var width: Int
}
