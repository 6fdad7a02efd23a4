import GazetteModel
import GazetteTerminal
import GazetteText

/// The `s` overlay: "All sources" and every source with its article count, narrowed by typing.
enum SourcePickerView {
  /// What the picker box shows.
  struct Content: Hashable, Sendable {
    /// The picker: what was typed, the choices and the chosen row.
    var picker: SourcePicker
    /// Every source loaded (the box is as tall as they need, whatever was typed).
    var sourceCount: Int
    /// Every article loaded, the count of "All sources".
    var articleCount: Int
  }

  /// Draws the picker box on a screen of `size`.
  static func draw(
    _ content: Content, size: GridSize, theme: Theme, into grid: inout CellGrid
  ) {
    let picker = content.picker
    let box = OverlayGeometry.sourcePicker(in: size, rows: content.sourceCount + 1)
    let interior = OverlayGeometry.interior(of: box)
    let title =
      picker.marked.isEmpty ? "Sources" : "Sources (\(picker.marked.count) marked)"
    OverlayFrame.draw(
      box, title: title,
      footers: [
        "type to narrow · Space marks · Enter shows · Esc cancels",
        "Space marks · Enter shows · Esc cancels", "Space marks · Enter shows", "Enter shows",
      ], theme: theme, into: &grid)
    guard !interior.isEmpty else { return }
    let label = "Filter: "
    let labelWidth = min(TextLayout.width(label), interior.width)
    grid.draw(
      Substring(label), x: interior.x, y: interior.y, width: labelWidth,
      style: theme.overlayEmphasis)
    let typedWidth = max(0, interior.width - labelWidth - 1)
    let typed = TextLayout.truncateStart(
      TextLayout.sanitizeLine(picker.filterText), width: typedWidth)
    let used = grid.draw(
      Substring(typed), x: interior.x + labelWidth, y: interior.y, width: typedWidth,
      style: theme.overlay)
    var cursor = theme.overlay
    cursor.reverse = true
    if labelWidth + used < interior.width {
      grid.write(
        Cell(text: " ", width: 1, style: cursor), x: interior.x + labelWidth + used, y: interior.y)
    }
    guard interior.height > 1 else { return }
    grid.fill(
      Rect(x: interior.x, y: interior.y + 1, width: interior.width, height: 1),
      with: Cell(text: "─", width: 1, style: theme.overlayBorder))
    let visible = interior.height - 2
    guard visible > 0 else { return }
    let lines = self.lines(content, width: interior.width)
    // Scroll so that every line of the chosen row is on screen.
    let lastOfChosen = lines.lastIndex { $0.row == picker.selected } ?? 0
    let first = lastOfChosen < visible ? 0 : lastOfChosen - visible + 1
    for screenRow in 0..<visible {
      let index = first + screenRow
      guard index < lines.count else { break }
      let line = lines[index]
      let style = line.row == picker.selected ? theme.overlaySelection : theme.overlay
      let y = interior.y + 2 + screenRow
      grid.fill(Rect(x: interior.x, y: y, width: interior.width, height: 1), with: .blank(style))
      grid.drawFitted(line.text, x: interior.x, y: y, width: interior.width, style: style)
      if !line.count.isEmpty {
        let countWidth = TextLayout.width(line.count)
        grid.drawFitted(
          line.count, x: interior.maxX - countWidth, y: y, width: countWidth, style: style)
      }
    }
  }

  /// One screen line of the picker's list.
  struct Line: Hashable, Sendable {
    /// The picker row it belongs to (0 is "All sources").
    var row: Int
    /// The mark and the name, or a continuation of a long name.
    var text: String
    /// The article count, on a row's last line.
    var count: String
  }

  /// The picker's rows as screen lines: a mark column (`✓` for a marked source), the name
  /// wrapped to the room left beside the count, the count on the last line.
  static func lines(_ content: Content, width: Int) -> [Line] {
    let picker = content.picker
    var lines: [Line] = []
    for row in 0..<picker.rowCount {
      let name: String
      let count: Int
      let mark: String
      if row == 0 {
        name = "All sources"
        count = content.articleCount
        mark = "  "
      } else {
        let summary = picker.choices[row - 1]
        name = TextLayout.sanitizeLine(SourceMatcher.label(of: summary.name))
        count = summary.count
        mark = picker.isMarked(row - 1) ? "✓ " : "  "
      }
      let countText = " " + GroupedNumber.format(count)
      let room = max(1, width - 2 - TextLayout.width(countText))
      let wrapped = TextLayout.wrappedLines(name, width: room)
      for (index, part) in wrapped.enumerated() {
        lines.append(
          Line(
            row: row, text: (index == 0 ? mark : "  ") + part,
            count: index == wrapped.count - 1 ? countText : ""))
      }
    }
    return lines
  }
}
