import GazetteTerminal
import GazetteText

/// The `?` overlay: every key and what it does, wrapped to the box, scrollable.
enum HelpOverlayView {
  /// One screen row of the help: a part of a line's keys and a part of its action.
  struct Row: Hashable, Sendable {
    /// The keys (empty on a continuation row).
    var keys: String
    /// The action's words on this row.
    var action: String
  }

  /// The help's rows in a box whose interior is `width` columns wide: the keys in a column as
  /// wide as the widest keys (at most half the width), the action wrapped beside them.
  static func rows(_ lines: [HelpLine], width: Int) -> [Row] {
    let keysWidth = keysColumn(lines, width: width)
    let actionWidth = max(1, width - keysWidth - 2)
    return lines.flatMap { line -> [Row] in
      let keys = TextLayout.wrappedLines(line.keys, width: max(1, keysWidth))
      let action = TextLayout.wrappedLines(line.action, width: actionWidth)
      return (0..<max(keys.count, action.count)).map { index in
        Row(
          keys: index < keys.count ? keys[index] : "",
          action: index < action.count ? action[index] : "")
      }
    }
  }

  /// The width of the keys column in an interior `width` wide.
  static func keysColumn(_ lines: [HelpLine], width: Int) -> Int {
    min(OverlayGeometry.helpKeysWidth(lines), max(1, width / 2))
  }

  /// Draws the help box on a screen of `size`, scrolled to row `top`.
  static func draw(
    _ lines: [HelpLine], top: Int, size: GridSize, theme: Theme, into grid: inout CellGrid
  ) {
    let box = OverlayGeometry.help(in: size, lines: lines)
    let interior = OverlayGeometry.interior(of: box)
    let rows = self.rows(lines, width: interior.width)
    let visible = interior.height
    let overflows = rows.count > visible
    OverlayFrame.draw(
      box, title: "Keys",
      footers: overflows
        ? ["↑↓ scroll · any other key closes", "↑↓ scroll · a key closes", "↑↓ scroll"]
        : ["any key closes"],
      theme: theme, into: &grid)
    guard !interior.isEmpty else { return }
    let keysWidth = keysColumn(lines, width: interior.width)
    let first = min(max(0, top), max(0, rows.count - visible))
    for screenRow in 0..<visible {
      let index = first + screenRow
      guard index < rows.count else { break }
      let row = rows[index]
      let y = interior.y + screenRow
      grid.drawFitted(row.keys, x: interior.x, y: y, width: keysWidth, style: theme.overlayEmphasis)
      let actionX = interior.x + keysWidth + 2
      grid.drawFitted(
        row.action, x: actionX, y: y, width: interior.maxX - actionX, style: theme.overlay)
    }
  }
}
