import GazetteTerminal
import GazetteText

/// The save, pipe or overwrite prompt on the bottom line: its label, the typed text (its end
/// when too long) and a cursor.
enum ActionPromptView {
  /// What the prompt shows.
  struct Content: Hashable, Sendable {
    /// The label (it may hold a path: sanitised when drawn).
    var label: String
    /// What has been typed (raw: sanitised when drawn).
    var text: String
  }

  /// Draws the prompt into `rect`.
  static func draw(_ content: Content, in rect: Rect, theme: Theme, into grid: inout CellGrid) {
    guard !rect.isEmpty else { return }
    grid.fill(rect, with: .blank(theme.prompt))
    let labelText = TextLayout.sanitizeLine(content.label)
    // A question (nothing to type) may take the whole line; a label leaves half to the text.
    let room = content.text.isEmpty ? rect.width - 1 : rect.width / 2
    let label =
      TextLayout.width(labelText) <= room
      ? labelText : TextLayout.truncateStart(labelText, width: max(1, room))
    let labelWidth = grid.draw(
      Substring(label), x: rect.x, y: rect.y, width: rect.width, style: theme.prompt)
    let available = max(0, rect.width - labelWidth - 1)
    let visible = TextLayout.truncateStart(
      TextLayout.sanitizeLine(content.text), width: available)
    let used = grid.draw(
      Substring(visible), x: rect.x + labelWidth, y: rect.y, width: available, style: .plain)
    var cursor = theme.prompt
    cursor.reverse = true
    grid.write(
      Cell(text: " ", width: 1, style: cursor), x: rect.x + labelWidth + used, y: rect.y)
  }
}
