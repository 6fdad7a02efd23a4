import GazetteModel
import GazetteTerminal
import GazetteText

/// The search prompt on the bottom line: `/`, the typed text (its end when too long), a cursor.
enum SearchPromptView {
  /// What the prompt shows.
  struct Content: Hashable, Sendable {
    /// What has been typed (raw: sanitised when drawn).
    var text: String
    /// How many rows the list has for it.
    var found: Int
    /// Whether a filter pass is running (the count is not known yet).
    var filtering: Bool
    /// Whether bodies are being searched.
    var searchingBodies: Bool
  }

  /// Draws the prompt into `rect`.
  static func draw(
    _ content: Content, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    guard !rect.isEmpty else { return }
    grid.fill(rect, with: .blank(theme.prompt))
    var right =
      content.filtering ? "filtering…" : "\(GroupedNumber.format(content.found)) found"
    if content.searchingBodies { right += " · searching bodies" }
    let rightWidth = TextLayout.width(right)
    var available = rect.width - 2
    let showsCount = available - rightWidth - 2 >= 8
    if showsCount {
      available -= rightWidth + 2
      grid.draw(
        Substring(right), x: rect.maxX - rightWidth, y: rect.y, width: rightWidth,
        style: theme.prompt)
    }
    grid.write(Cell(text: "/", width: 1, style: theme.prompt), x: rect.x, y: rect.y)
    let visible = TextLayout.truncateStart(
      TextLayout.sanitizeLine(content.text), width: max(0, available))
    let used = grid.draw(
      Substring(visible), x: rect.x + 1, y: rect.y, width: max(0, available), style: .plain)
    var cursor = theme.prompt
    cursor.reverse = true
    grid.write(Cell(text: " ", width: 1, style: cursor), x: rect.x + 1 + used, y: rect.y)
  }
}
