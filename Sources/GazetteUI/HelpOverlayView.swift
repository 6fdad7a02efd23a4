import GazetteTerminal
import GazetteText

/// The `?` overlay: every key and what it does (`KeyMap.helpLines`, as in docs/keys.md).
enum HelpOverlayView {
  /// Draws the help box, `lines`, from line `top`.
  static func draw(
    _ lines: [HelpLine], top: Int, size: GridSize, theme: Theme, into grid: inout CellGrid
  ) {
    let box = OverlayGeometry.help(in: size, lines: lines)
    let interior = OverlayGeometry.interior(of: box)
    let visible = interior.height
    let overflows = lines.count > visible
    OverlayFrame.draw(
      box, title: "Keys", footer: overflows ? "↑↓ scroll · any key closes" : "any key closes",
      theme: theme, into: &grid)
    guard !interior.isEmpty else { return }
    let keysWidth = min(OverlayGeometry.helpKeysWidth(lines), interior.width)
    let first = min(max(0, top), max(0, lines.count - visible))
    for row in 0..<visible {
      let index = first + row
      guard index < lines.count else { break }
      let binding = lines[index]
      let y = interior.y + row
      grid.drawFitted(
        binding.keys, x: interior.x, y: y, width: keysWidth, style: theme.overlayEmphasis)
      let actionX = interior.x + keysWidth + 2
      grid.drawFitted(
        binding.action, x: actionX, y: y, width: interior.maxX - actionX, style: theme.overlay)
    }
  }
}
