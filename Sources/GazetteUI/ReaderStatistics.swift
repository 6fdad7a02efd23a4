/// Counts of the work a reader run did, to check that work stays bounded.
struct ReaderStatistics: Hashable, Sendable {
  /// Frames drawn.
  var framesRendered = 0
  /// Frames painted in full after clearing the terminal.
  var fullRepaints = 0
  /// Cells sent to the backend.
  var cellsPainted = 0
  /// The most cells sent in one frame.
  var largestPaint = 0
  /// List rows drawn, over all frames.
  var listRowsDrawn = 0
  /// The most list rows drawn in one frame.
  var mostListRowsInFrame = 0
  /// Graphemes the grid replaced because a view drew text it had not sanitised (0 unless a
  /// view has a bug; see `CellGrid.unsafeFallbacks`).
  var unsafeFallbacks = 0
  /// Actions reduced.
  var actionsReduced = 0

  /// Creates zero counts.
  init() {}
}
