import GazetteModel
import GazetteTerminal
import GazetteText

/// The `!` overlay: the load problems, one per line (`path:line:col: message`), scrollable.
enum ProblemsOverlayView {
  /// Draws the problems box from problem `top`.
  static func draw(
    _ problems: [LoadProblem], top: Int, size: GridSize, theme: Theme, into grid: inout CellGrid
  ) {
    let box = OverlayGeometry.problems(in: size)
    let interior = OverlayGeometry.interior(of: box)
    OverlayFrame.draw(
      box, title: "Load problems (\(GroupedNumber.format(problems.count)))",
      footer: "↑↓ PgUp PgDn scroll · Esc closes", theme: theme, into: &grid)
    guard !interior.isEmpty else { return }
    guard !problems.isEmpty else {
      grid.drawFitted(
        "No problems.", x: interior.x, y: interior.y, width: interior.width, style: theme.overlay)
      return
    }
    let first = min(max(0, top), max(0, problems.count - interior.height))
    for row in 0..<interior.height {
      let index = first + row
      guard index < problems.count else { break }
      let problem = problems[index]
      var style = theme.overlay
      if problem.severity == .warning { style.dim = true }
      grid.drawFitted(
        ClippedLine.make(problem.description, columns: interior.width), x: interior.x,
        y: interior.y + row,
        width: interior.width, style: style)
    }
  }
}
