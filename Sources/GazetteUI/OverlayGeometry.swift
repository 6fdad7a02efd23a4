import GazetteTerminal
import GazetteText

/// Where the overlay boxes go for a terminal size; shared by the reducer (scrolling) and the
/// views (drawing).
enum OverlayGeometry {
  /// The help box: as wide as the longest line needs, as tall as the list of keys.
  static func help(in size: GridSize, lines: [HelpLine]) -> Rect {
    let actionWidth = lines.map { TextLayout.width($0.action) }.max() ?? 0
    return centred(
      in: size, width: helpKeysWidth(lines) + actionWidth + 7, height: lines.count + 2)
  }

  /// The width of the keys column in the help box.
  static func helpKeysWidth(_ lines: [HelpLine]) -> Int {
    lines.map { TextLayout.width($0.keys) }.max() ?? 0
  }

  /// The load problems box: most of the screen.
  static func problems(in size: GridSize) -> Rect {
    centred(in: size, width: size.width - 4, height: size.height - 4)
  }

  /// The source picker box, tall enough for `rows` rows (its height does not follow the
  /// narrowing, so the box stays still while the user types).
  static func sourcePicker(in size: GridSize, rows: Int) -> Rect {
    centred(in: size, width: 64, height: min(size.height - 6, max(rows, 3) + 4))
  }

  /// The inside of a box: one column of padding inside the frame.
  static func interior(of box: Rect) -> Rect {
    Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
  }

  /// Rows of a list inside `box` when its first `headerRows` interior rows are taken.
  static func visibleRows(in box: Rect, headerRows: Int = 0) -> Int {
    max(0, interior(of: box).height - headerRows)
  }

  /// The first row to show so that `selected` is visible in `visible` rows (stateless scroll).
  static func top(showing selected: Int, visible: Int) -> Int {
    guard visible > 0 else { return selected }
    return selected < visible ? 0 : selected - visible + 1
  }

  /// A box of at most `width`×`height`, centred, leaving a margin of one cell around it.
  private static func centred(in size: GridSize, width: Int, height: Int) -> Rect {
    let boxWidth = max(0, min(width, size.width - 2))
    let boxHeight = max(0, min(height, size.height - 2))
    return Rect(
      x: (size.width - boxWidth) / 2, y: (size.height - boxHeight) / 2, width: boxWidth,
      height: boxHeight)
  }
}
