import GazetteModel
import GazetteTerminal
import GazetteText

/// The status line: list position, reader scroll, problems, load and search progress, hints.
enum StatusLineView {
  /// Key hints shown at the right when there is room.
  static let hints = "? help  / search  s source  q quit"

  /// What the status line says.
  struct Content: Sendable {
    /// The selected row, from 1 (0 for an empty list).
    var position: Int
    /// Rows in the list.
    var rowCount: Int
    /// How far the reader is scrolled (`readerPercent`), or `nil` with nothing shown.
    var readerPercent: Int?
    /// A short message, cleared by the next key (untrusted parts are sanitised when drawn).
    var message: String?
    /// How many load problems there are.
    var problemCount: Int
    /// Whether the load has finished.
    var loadFinished: Bool
    /// The load's latest progress report, if any came.
    var loadProgress: LoadProgress?
    /// Whether a filter pass is running.
    var filtering: Bool
    /// How far the body search has come, while it runs.
    var bodySearchPercent: Int?
  }

  /// Draws the status line into `rect`.
  static func draw(
    _ content: Content, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    guard !rect.isEmpty else { return }
    let segments = self.segments(content, theme: theme)
    let used = SegmentedLine.draw(segments, in: rect, fill: theme.status, into: &grid)
    let hintsWidth = TextLayout.width(hints)
    if used + hintsWidth + 3 <= rect.width {
      grid.draw(
        Substring(hints), x: rect.maxX - hintsWidth - 1, y: rect.y, width: hintsWidth,
        style: theme.status)
    }
  }

  /// The left part of the status line, in order of importance.
  static func segments(_ content: Content, theme: Theme) -> [(String, Style)] {
    var parts: [(String, Style)] = []
    let position = content.position
    let count = content.rowCount
    parts.append(
      (" \(GroupedNumber.format(position))/\(GroupedNumber.format(count))", theme.status))
    if let percent = content.readerPercent {
      parts.append(("  \(percent)%", theme.status))
    }
    if let message = content.message {
      parts.append(("  " + ClippedLine.make(message, columns: 200), theme.status))
    }
    let problems = content.problemCount
    if problems > 0 {
      let noun = problems == 1 ? "problem" : "problems"
      parts.append(("  \(GroupedNumber.format(problems)) \(noun) (!)", theme.statusAlert))
    }
    if !content.loadFinished {
      if let progress = content.loadProgress {
        let found =
          GroupedNumber.format(progress.filesFound) + (progress.discoveryFinished ? "" : "+")
        parts.append(
          ("  loading \(GroupedNumber.format(progress.filesLoaded)) / \(found)", theme.status))
      } else {
        parts.append(("  loading…", theme.status))
      }
    }
    if content.filtering {
      parts.append(("  filtering…", theme.status))
    }
    if let percent = content.bodySearchPercent {
      parts.append(("  searching bodies \(percent)%", theme.status))
    }
    return parts
  }

  /// How far the reader is scrolled: the share of a document of `lines` lines above the
  /// bottom of a pane `height` lines tall showing it from line `top`.
  static func readerPercent(lines: Int, height: Int, top: Int) -> Int {
    let height = max(1, height)
    guard lines > height else { return 100 }
    return min(100, (top + height) * 100 / lines)
  }
}
