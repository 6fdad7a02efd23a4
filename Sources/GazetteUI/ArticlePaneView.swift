import GazetteTerminal
import GazetteText

/// The reader pane: the shown document from its scroll position, matches highlighted.
enum ArticlePaneView {
  /// Draws the visible lines of the shown document into `rect` (the pane minus margins).
  static func draw(
    _ state: ReaderState, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    guard !rect.isEmpty, let document = state.document,
      document.article == state.reader.article
    else { return }
    let current = state.reader.currentMatch.flatMap { index in
      document.matches.indices.contains(index) ? document.matches[index] : nil
    }
    for screenRow in 0..<rect.height {
      let index = state.reader.top + screenRow
      guard index >= 0, index < document.lines.count else { break }
      let line = document.lines[index]
      let y = rect.y + screenRow
      switch line.kind {
      case .rule:
        grid.fill(
          Rect(x: rect.x, y: y, width: rect.width, height: 1),
          with: Cell(text: "─", width: 1, style: theme.rule))
        continue
      case .blank:
        continue
      default:
        break
      }
      let base = style(of: line.kind, theme: theme)
      let ranges = document.matchRanges(onLine: index)
      let currentRange = current.flatMap { $0.paragraph == line.paragraph ? $0.range : nil }
      let text = document.text(ofLine: index)
      if ranges.isEmpty {
        grid.draw(text, x: rect.x, y: y, width: rect.width, style: base)
      } else {
        grid.draw(text, x: rect.x, y: y, width: rect.width, style: base) { position in
          if let currentRange, currentRange.contains(position) { return theme.currentMatch }
          return ranges.contains { $0.contains(position) } ? theme.match : nil
        }
      }
    }
  }

  private static func style(of kind: ReaderDocument.LineKind, theme: Theme) -> Style {
    switch kind {
    case .title: return theme.title
    case .metadata: return theme.metadata
    case .notice: return theme.notice
    case .rule: return theme.rule
    case .body, .blank: return theme.body
    }
  }
}
