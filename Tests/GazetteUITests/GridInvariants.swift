import GazetteText

@testable import GazetteTerminal
@testable import GazetteUI

/// Checks that hold for every screen Gazette draws, at any size.
enum GridInvariants {
  /// What is wrong with `grid`; empty when it is sound.
  ///
  /// Every wide cell has its continuation and every continuation its wide cell; every cell
  /// is as wide as the width policy says; no cell holds a control, bidi control or other
  /// character a terminal would act on; and, when `layout` is given, the border between
  /// the panes is intact on every row (so nothing crossed it).
  static func violations(in grid: CellGrid, layout: ScreenLayout? = nil) -> [String] {
    var found: [String] = []
    let size = grid.size
    for y in 0..<size.height {
      for x in 0..<size.width {
        let cell = grid[x, y]
        if cell.isContinuation {
          if x == 0 || grid[x - 1, y].width != 2 {
            found.append("(\(x),\(y)): continuation without a wide cell on its left")
          }
          continue
        }
        if cell.width == 2, x + 1 >= size.width || !grid[x + 1, y].isContinuation {
          found.append("(\(x),\(y)): wide cell without its continuation")
        }
        if cell.width < 1 || cell.width > 2 {
          found.append("(\(x),\(y)): width \(cell.width)")
        }
        if let character = cell.text.first, cell.text.count == 1 {
          if !TerminalSafety.isSafe(character) {
            found.append("(\(x),\(y)): unsafe \(cell.text.unicodeScalars.map { $0.value })")
          }
          if TextLayout.width(cell.text) != cell.width {
            found.append("(\(x),\(y)): '\(cell.text)' drawn \(cell.width) wide")
          }
        } else {
          found.append("(\(x),\(y)): cell holds \(cell.text.count) graphemes")
        }
      }
    }
    if let layout {
      switch layout.arrangement {
      case .sideBySide:
        for y in layout.divider.y..<layout.divider.maxY where grid[layout.divider.x, y].text != "│"
        {
          found.append("border broken at row \(y): '\(grid[layout.divider.x, y].text)'")
        }
      case .stacked:
        for x in 0..<size.width where grid[x, layout.divider.y].text != "─" {
          found.append("rule broken at column \(x)")
        }
      case .tooSmall:
        break
      }
    }
    return found
  }
}
