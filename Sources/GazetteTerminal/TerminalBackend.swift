/// What a terminal must offer Gazette: its size, painting cells, reading events, handing the
/// terminal to another program, and a few fixed control sequences.
///
/// The backend decides nothing about layout or width: it paints the cells it is given at the
/// positions it is given. The ncurses backend and the in-memory test backend implement it.
public protocol TerminalBackend: AnyObject {
  /// The current size of the terminal, in cells.
  var size: GridSize { get }

  /// Paints the given cells and shows the result.
  ///
  /// A cell of width 2 covers the continuation cell to its right; continuation cells
  /// themselves are never painted.
  func paint(_ changes: [CellChange])

  /// Clears the screen, so that the next `paint` starts from blank cells.
  func clear()

  /// Waits up to `timeoutMilliseconds` for the next event; `nil` when none came in time.
  func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?

  /// Gives the terminal back as the shell had it (main screen, cursor visible, the shell's
  /// modes, stderr no longer captured), so that a child program can use it.
  func suspend()

  /// Takes the terminal again after `suspend()`; the next paint must repaint every cell.
  ///
  /// With a `prompt`, it is printed first and one key is awaited on the shell's screen (so
  /// the output of a command stays readable until the user is done with it).
  func resume(afterKeyPress prompt: String?)

  /// Writes one of the fixed control sequences Gazette builds (only their own bytes, never
  /// text from an article).
  func send(_ sequence: ControlSequence)
}
