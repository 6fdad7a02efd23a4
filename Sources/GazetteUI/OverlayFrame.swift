import GazetteTerminal
import GazetteText

/// The box of an overlay: a frame with a title at the top and a hint at the bottom.
enum OverlayFrame {
  /// Clears `box` and draws its frame, `title` and `footer` (display-safe text).
  static func draw(
    _ box: Rect, title: String, footer: String, theme: Theme, into grid: inout CellGrid
  ) {
    guard box.width >= 2, box.height >= 2 else {
      grid.fill(box, with: .blank(theme.overlay))
      return
    }
    grid.fill(box, with: .blank(theme.overlay))
    let border = theme.overlayBorder
    let horizontal = Cell(text: "─", width: 1, style: border)
    grid.fill(Rect(x: box.x + 1, y: box.y, width: box.width - 2, height: 1), with: horizontal)
    grid.fill(
      Rect(x: box.x + 1, y: box.maxY - 1, width: box.width - 2, height: 1), with: horizontal)
    let vertical = Cell(text: "│", width: 1, style: border)
    grid.fill(Rect(x: box.x, y: box.y + 1, width: 1, height: box.height - 2), with: vertical)
    grid.fill(Rect(x: box.maxX - 1, y: box.y + 1, width: 1, height: box.height - 2), with: vertical)
    grid.write(Cell(text: "┌", width: 1, style: border), x: box.x, y: box.y)
    grid.write(Cell(text: "┐", width: 1, style: border), x: box.maxX - 1, y: box.y)
    grid.write(Cell(text: "└", width: 1, style: border), x: box.x, y: box.maxY - 1)
    grid.write(Cell(text: "┘", width: 1, style: border), x: box.maxX - 1, y: box.maxY - 1)
    label(" \(title) ", row: box.y, in: box, style: theme.overlayEmphasis, into: &grid)
    label(" \(footer) ", row: box.maxY - 1, in: box, style: border, into: &grid)
  }

  /// Writes a label into a border row, two columns in from the corner, cut to fit.
  private static func label(
    _ text: String, row: Int, in box: Rect, style: Style, into grid: inout CellGrid
  ) {
    let width = box.width - 4
    guard width > 2, TextLayout.width(text) > 2 else { return }
    let fitted = TextLayout.width(text) <= width ? text : TextLayout.truncate(text, width: width)
    grid.draw(Substring(fitted), x: box.x + 2, y: row, width: width, style: style)
  }
}
