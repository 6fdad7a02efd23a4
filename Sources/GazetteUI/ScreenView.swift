import GazetteTerminal
import GazetteText

/// Draws the whole screen from the state: a pure function, no I/O.
///
/// Each view is handed only what it draws (`ReaderState+Views` gathers it), so a view can be
/// tested from a few values.
enum ScreenView {
  /// The screen for `state`.
  static func render(_ state: ReaderState) -> RenderedFrame {
    let theme = Theme.standard(colors: state.colors)
    var grid = CellGrid(size: state.size)
    let layout = state.layout
    guard layout.arrangement != .tooSmall else {
      drawTooSmall(into: &grid)
      return RenderedFrame(grid: grid, listRowsDrawn: 0)
    }
    HeaderView.draw(state.headerContent, in: layout.header, theme: theme, into: &grid)
    let rowsDrawn = ArticleListView.draw(
      state.listContent, in: layout.list, theme: theme, into: &grid)
    drawDivider(layout, theme: theme, into: &grid)
    ArticlePaneView.draw(state.paneContent, in: layout.readerText, theme: theme, into: &grid)
    if let prompt = state.promptContent {
      SearchPromptView.draw(prompt, in: layout.status, theme: theme, into: &grid)
    } else {
      StatusLineView.draw(state.statusContent, in: layout.status, theme: theme, into: &grid)
    }
    switch state.overlay {
    case .help(let top)?:
      HelpOverlayView.draw(
        state.helpLines, top: top, size: state.size, theme: theme, into: &grid)
    case .problems(let top)?:
      ProblemsOverlayView.draw(
        state.loading.problems, top: top, size: state.size, theme: theme, into: &grid)
    case .sourcePicker?:
      if let picker = state.pickerContent {
        SourcePickerView.draw(picker, size: state.size, theme: theme, into: &grid)
      }
    case nil:
      break
    }
    return RenderedFrame(grid: grid, listRowsDrawn: rowsDrawn)
  }

  private static func drawDivider(_ layout: ScreenLayout, theme: Theme, into grid: inout CellGrid) {
    let divider = layout.divider
    switch layout.arrangement {
    case .sideBySide:
      for row in divider.y..<divider.maxY {
        grid.write(Cell(text: "│", width: 1, style: theme.divider), x: divider.x, y: row)
      }
    case .stacked:
      grid.fill(divider, with: Cell(text: "─", width: 1, style: theme.divider))
    case .tooSmall:
      break
    }
  }

  /// A centred "too small" message, cut to whatever fits.
  private static func drawTooSmall(into grid: inout CellGrid) {
    let size = grid.size
    guard size.width > 0, size.height > 0 else { return }
    let minimum = ScreenLayout.minimumSize
    var lines = ["Terminal too small"]
    if size.height >= 2 { lines.append("need \(minimum.width)×\(minimum.height)") }
    let top = max(0, (size.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let fitted =
        TextLayout.width(line) <= size.width
        ? line : TextLayout.truncate(line, width: size.width)
      let width = TextLayout.width(fitted)
      grid.draw(
        Substring(fitted), x: max(0, (size.width - width) / 2), y: top + offset,
        width: size.width, style: Style(bold: offset == 0))
    }
  }
}
