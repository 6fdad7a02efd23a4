/// One cell of the screen: the grapheme cluster drawn there, its width and its style.
///
/// A wide grapheme (width 2) occupies its own cell and marks the cell to its right as a
/// continuation (`width == 0`, empty text), as in ratatui's buffer. The text of a cell is
/// always display-safe: views only put sanitised text into a grid.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster drawn in this cell; empty for the continuation of a wide cell.
  public var text: String
  /// Columns the grapheme takes: 1 or 2, or 0 for a continuation cell.
  public var width: Int
  /// How the cell looks.
  public var style: Style

  /// Creates a cell.
  public init(text: String, width: Int, style: Style = .plain) {
    self.text = text
    self.width = width
    self.style = style
  }

  /// A blank cell in the given style.
  public static func blank(_ style: Style = .plain) -> Cell {
    Cell(text: " ", width: 1, style: style)
  }

  /// Whether this cell is the right half of a wide grapheme.
  public var isContinuation: Bool { width == 0 }
}
