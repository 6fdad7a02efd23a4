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
    OverlayFrame.draw(
      box, title: "Sources", footer: "type to narrow · Enter picks · Esc cancels", theme: theme,
      into: &grid)
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
    let first = OverlayGeometry.top(showing: picker.selected, visible: visible)
    let total = content.articleCount
    for row in 0..<visible {
      let index = first + row
      guard index < picker.rowCount else { break }
      let name: String
      let count: Int
      if index == 0 {
        name = "All sources"
        count = total
      } else {
        let summary = picker.choices[index - 1]
        name = ClippedLine.make(SourceMatcher.label(of: summary.name), columns: interior.width)
        count = summary.count
      }
      let style = index == picker.selected ? theme.overlaySelection : theme.overlay
      let countText = " " + GroupedNumber.format(count)
      let countWidth = min(TextLayout.width(countText), interior.width)
      let y = interior.y + 2 + row
      grid.drawFitted(name, x: interior.x, y: y, width: interior.width - countWidth, style: style)
      grid.drawFitted(
        countText, x: interior.maxX - countWidth, y: y, width: countWidth, style: style)
    }
  }
}
