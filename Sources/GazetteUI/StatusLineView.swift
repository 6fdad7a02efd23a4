import GazetteModel
import GazetteTerminal
import GazetteText

/// The status line: list position, reader scroll, problems, load and search progress, hints.
enum StatusLineView {
  /// Key hints shown at the right when there is room.
  static let hints = "? help  / search  s source  q quit"

  /// Draws the status line into `rect`.
  static func draw(
    _ state: ReaderState, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    guard !rect.isEmpty else { return }
    let segments = self.segments(state, theme: theme)
    let used = SegmentedLine.draw(segments, in: rect, fill: theme.status, into: &grid)
    let hintsWidth = TextLayout.width(hints)
    if used + hintsWidth + 3 <= rect.width {
      grid.draw(
        Substring(hints), x: rect.maxX - hintsWidth - 1, y: rect.y, width: hintsWidth,
        style: theme.status)
    }
  }

  /// The left part of the status line, in order of importance.
  static func segments(_ state: ReaderState, theme: Theme) -> [(String, Style)] {
    var parts: [(String, Style)] = []
    let count = state.rowCount
    let position = count == 0 ? 0 : state.list.selectedRow + 1
    parts.append(
      (" \(GroupedNumber.format(position))/\(GroupedNumber.format(count))", theme.status))
    if let percent = readerPercent(state) {
      parts.append(("  \(percent)%", theme.status))
    }
    if let message = state.message {
      parts.append(("  " + ClippedLine.make(message, columns: 200), theme.status))
    }
    let problems = state.loading.problems.count
    if problems > 0 {
      let noun = problems == 1 ? "problem" : "problems"
      parts.append(("  \(GroupedNumber.format(problems)) \(noun) (!)", theme.statusAlert))
    }
    if !state.loading.finished {
      if let progress = state.loading.progress {
        let found =
          GroupedNumber.format(progress.filesFound) + (progress.discoveryFinished ? "" : "+")
        parts.append(
          ("  loading \(GroupedNumber.format(progress.filesLoaded)) / \(found)", theme.status))
      } else {
        parts.append(("  loading…", theme.status))
      }
    }
    if state.filter.pending {
      parts.append(("  filtering…", theme.status))
    }
    if state.bodySearch.running {
      let total = state.bodySearch.total
      let percent = total > 0 ? state.bodySearch.searched * 100 / total : 0
      parts.append(("  searching bodies \(percent)%", theme.status))
    }
    return parts
  }

  /// How far the reader is scrolled: the share of the document above the pane's bottom.
  static func readerPercent(_ state: ReaderState) -> Int? {
    guard let document = state.document else { return nil }
    let total = document.lines.count
    let height = max(1, state.layout.readerText.height)
    guard total > height else { return 100 }
    return min(100, (state.reader.top + height) * 100 / total)
  }
}
