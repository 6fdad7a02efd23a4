/// The full-screen reader: runs the event loop of state, actions and rendering on a backend.
///
/// STUB (skeleton): draws a fixed screen and quits on `q`, so a backend can be tried before
/// the real reader lands. The UI work replaces the body, keeping this surface.
public final class ReaderApp {
  /// How the reader was started.
  public let options: ReaderOptions

  /// Creates the reader.
  public init(options: ReaderOptions) {
    self.options = options
  }

  /// Runs until the user quits, a signal arrives or input ends.
  public func run(on backend: some TerminalBackend) -> ReaderExit {
    var size = backend.size
    func draw() {
      var grid = CellGrid(size: size)
      grid.put("Gazette 盤錦日報 東京都港区 서울특별시 — press q", x: 0, y: 0, style: Style(bold: true))
      for y in 1..<max(1, size.height) { grid.put("│", x: size.width / 2, y: y) }
      backend.clear()
      var changes: [CellChange] = []
      for y in 0..<size.height {
        for x in 0..<size.width where !grid[x, y].isContinuation {
          changes.append(CellChange(x: x, y: y, cell: grid[x, y]))
        }
      }
      backend.paint(changes)
    }
    draw()
    while true {
      guard let event = backend.nextEvent(timeoutMilliseconds: 1000) else { continue }
      switch event {
      case .key(.character("q")): return .quit
      case .resize(let newSize):
        size = newSize
        draw()
      case .redraw: draw()
      case .terminate(let signal): return .signal(signal)
      case .endOfInput: return .endOfInput
      default: continue
      }
    }
  }
}
