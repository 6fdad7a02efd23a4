import GazetteTerminal
import GazetteText

/// The reader pane: the shown document from its scroll position, matches highlighted.
enum ArticlePaneView {
  /// What the pane shows.
  struct Content: Sendable {
    /// The selected article wrapped to the pane, or `nil` when nothing is to be shown.
    var document: ReaderDocument?
    /// The first line shown.
    var top: Int
    /// The match jumped to with `n` / `N`, an index into the document's matches.
    var currentMatch: Int?
  }

  /// Draws the visible lines of the shown document into `rect` (the pane minus margins).
  static func draw(
    _ content: Content, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    guard !rect.isEmpty, let document = content.document else { return }
    let current = content.currentMatch.flatMap { index in
      document.matches.indices.contains(index) ? document.matches[index] : nil
    }
    for screenRow in 0..<rect.height {
      let index = content.top + screenRow
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
