@testable import GazetteTerminal
@testable import GazetteUI

/// Draws each view of a screen on its own, into a grid pre-filled with a marker, to catch a
/// view that writes outside its rectangle or draws text it did not sanitise.
///
/// The whole-screen checks cannot see a spill: views drawn later (the divider, the status
/// line) paint over what an earlier one spilled, and the grid replaces unsafe graphemes
/// silently. Here every view is alone on the grid.
enum ViewContainment {
  /// The cell every grid starts filled with; no view draws it.
  static let marker = Cell(text: "¤", width: 1)

  /// One view drawn on its own: its name, the rectangle it owns and how to draw it.
  struct Drawing {
    var name: String
    var rect: Rect
    var draw: (inout CellGrid) -> Void
  }

  /// The views `ScreenView.render` would draw for `state`, each with its rectangle.
  static func drawings(of state: ReaderState) -> [Drawing] {
    let layout = state.layout
    guard layout.arrangement != .tooSmall else { return [] }
    let theme = Theme.standard(colors: state.colors)
    let size = state.size
    var drawings = [
      Drawing(name: "header", rect: layout.header) {
        HeaderView.draw(state.headerContent, in: layout.header, theme: theme, into: &$0)
      },
      Drawing(name: "list", rect: layout.list) {
        ArticleListView.draw(state.listContent, in: layout.list, theme: theme, into: &$0)
      },
      Drawing(name: "reader", rect: layout.readerText) {
        ArticlePaneView.draw(state.paneContent, in: layout.readerText, theme: theme, into: &$0)
      },
      Drawing(name: "status", rect: layout.status) {
        StatusLineView.draw(state.statusContent, in: layout.status, theme: theme, into: &$0)
      },
    ]
    if let prompt = state.promptContent {
      drawings.append(
        Drawing(name: "prompt", rect: layout.status) {
          SearchPromptView.draw(prompt, in: layout.status, theme: theme, into: &$0)
        })
    }
    switch state.overlay {
    case .help(let top)?:
      drawings.append(
        Drawing(name: "help", rect: OverlayGeometry.help(in: size, lines: state.helpLines)) {
          HelpOverlayView.draw(
            state.helpLines, top: top, size: size, theme: theme, into: &$0)
        })
    case .problems(let top)?:
      drawings.append(
        Drawing(name: "problems", rect: OverlayGeometry.problems(in: size)) {
          ProblemsOverlayView.draw(
            state.loading.problems, top: top, size: size, theme: theme, into: &$0)
        })
    case .sourcePicker?:
      let box = OverlayGeometry.sourcePicker(in: size, rows: state.sources.count + 1)
      if let picker = state.pickerContent {
        drawings.append(
          Drawing(name: "picker", rect: box) {
            SourcePickerView.draw(picker, size: size, theme: theme, into: &$0)
          })
      }
    case nil:
      break
    }
    return drawings
  }

  /// What each view of `state` did wrong: cells changed outside its rectangle, graphemes the
  /// grid had to replace because they were not sanitised.
  static func violations(of state: ReaderState) -> [String] {
    let pristine = CellGrid(size: state.size, fill: marker)
    var found: [String] = []
    for drawing in drawings(of: state) {
      var grid = pristine
      drawing.draw(&grid)
      if grid.unsafeFallbacks > 0 {
        found.append("\(drawing.name): \(grid.unsafeFallbacks) unsanitised graphemes")
      }
      // Put the marker back inside the rectangle: what differs then lies outside it.
      grid.fill(drawing.rect, with: marker)
      guard grid != pristine else { continue }
      for y in 0..<grid.size.height {
        for x in 0..<grid.size.width where grid[x, y] != marker {
          found.append("\(drawing.name) \(drawing.rect): wrote (\(x),\(y)) '\(grid[x, y].text)'")
          break
        }
      }
    }
    return found
  }
}
