/// Counts of the work a reader run did, to check that work stays bounded.
public struct ReaderStatistics: Hashable, Sendable {
  /// Frames drawn.
  public var framesRendered = 0
  /// Frames painted in full after clearing the terminal.
  public var fullRepaints = 0
  /// Cells sent to the backend.
  public var cellsPainted = 0
  /// The most cells sent in one frame.
  public var largestPaint = 0
  /// List rows drawn, over all frames.
  public var listRowsDrawn = 0
  /// The most list rows drawn in one frame.
  public var mostListRowsInFrame = 0
  /// Graphemes the grid replaced because a view drew text it had not sanitised (0 unless a
  /// view has a bug; see `CellGrid.unsafeFallbacks`).
  public var unsafeFallbacks = 0
  /// Actions reduced.
  public var actionsReduced = 0

  /// Creates zero counts.
  public init() {}
}
