import CNcursesw
import GazetteTerminal
import Glibc

/// The ncurses terminal backend: takes over the terminal, paints cells and reads events, and
/// always gives the terminal back as it found it.
///
/// It decides nothing about layout or width: cells are painted where the grid puts them.
/// Start it with `start(useColors:)`, run the reader on it, then call `stop()` before printing
/// anything or exiting (also before re-raising a terminating signal).
public final class CursesBackend: TerminalBackend {
  /// Milliseconds ncurses waits after Esc for the rest of a key sequence.
  static let escapeDelayMilliseconds: Int32 = 25
  /// The value of `GAZETTE_TEST_TRAP` that makes the program trap after its first paint.
  static let trapAfterFirstPaintSwitch = "after-first-paint"

  /// Whether the terminal can show colours (`has_colors`).
  public let colorsAvailable: Bool
  /// Whether colours are painted: available and wanted (not `NO_COLOR`).
  public let colorsEnabled: Bool

  private let inputFile: UnsafeMutablePointer<FILE>
  private let ownsInputFile: Bool
  private let inputDescriptor: Int32
  private let wakeDescriptor: Int32
  private let colorPairs: ColorPairs
  private let trapsAfterFirstPaint: Bool
  private var running = true
  private var terminatingSignal: Int32?
  private var inputEnded = false
  private var handedOver = false

  private init(
    inputFile: UnsafeMutablePointer<FILE>, ownsInputFile: Bool, wakeDescriptor: Int32,
    colorsAvailable: Bool, colorsEnabled: Bool, colorPairs: ColorPairs,
    trapsAfterFirstPaint: Bool
  ) {
    self.inputFile = inputFile
    self.ownsInputFile = ownsInputFile
    self.inputDescriptor = fileno(inputFile)
    self.wakeDescriptor = wakeDescriptor
    self.colorsAvailable = colorsAvailable
    self.colorsEnabled = colorsEnabled
    self.colorPairs = colorPairs
    self.trapsAfterFirstPaint = trapsAfterFirstPaint
  }

  deinit {
    stop()
  }

  // MARK: - Start and stop

  /// Whether the user asked for no colours: `NO_COLOR` set to a non-empty value.
  public static var noColorRequested: Bool {
    guard let value = getenv("NO_COLOR") else { return false }
    return value.pointee != 0
  }

  /// Checks the terminal, sets up the locale, signals and ncurses, and shows a blank screen.
  ///
  /// Every check that can fail runs before anything is written to the terminal, so an error
  /// leaves it untouched. Output goes to standard output, which must be a terminal; keys are
  /// read from standard input, or from `/dev/tty` when standard input is redirected.
  public static func start(useColors: Bool = true) throws(TerminalStartError) -> CursesBackend {
    guard isatty(STDOUT_FILENO) == 1 else { throw .outputNotATerminal }
    try TerminalLocale.prepare()
    guard let termValue = getenv("TERM"), termValue.pointee != 0 else {
      throw .terminalTypeUnset
    }
    let terminalName = String(cString: termValue)
    switch gz_probe_terminal(terminalName, STDOUT_FILENO) {
    case Int32(GZ_PROBE_OK): break
    case Int32(GZ_PROBE_NO_DATABASE): throw .noTerminfoDatabase(terminalName)
    case Int32(GZ_PROBE_NO_CURSOR_ADDRESSING): throw .cannotAddressCursor(terminalName)
    default: throw .unknownTerminal(terminalName)
    }

    var inputFile: UnsafeMutablePointer<FILE> = gz_standard_input()
    var ownsInputFile = false
    if isatty(STDIN_FILENO) != 1, let terminal = fopen("/dev/tty", "re") {
      inputFile = terminal
      ownsInputFile = true
    }
    var shellModes = termios()
    let hasShellModes = tcgetattr(STDOUT_FILENO, &shellModes) == 0

    // Handlers go in before newterm, so ncurses does not install its own for these signals
    // (its SIGINT/SIGTERM handlers exit the process).
    let wakeDescriptor = TerminalSignals.installRelay()
    TerminalSignals.installCrashHandlers()
    guard newterm(terminalName, gz_standard_output(), inputFile) != nil else {
      TerminalSignals.uninstall()
      if ownsInputFile { fclose(inputFile) }
      throw .cannotStart(terminalName)
    }
    // Armed at once: from here on a crash must give the terminal back.
    TerminalSignals.prepareCrashRestore(
      terminalDescriptor: STDOUT_FILENO, shellModes: hasShellModes ? shellModes : nil)
    TerminalSignals.armCrashRestore(true)
    if isatty(STDERR_FILENO) == 1 { TerminalSignals.captureStandardError() }

    let screen = gz_stdscr()
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = intrflush(screen, false)
    _ = keypad(screen, true)
    _ = curs_set(0)
    _ = set_escdelay(escapeDelayMilliseconds)
    disableFlowControl()

    let colorsAvailable = has_colors()
    var defaultColors = false
    var colorsEnabled = false
    if useColors && colorsAvailable && start_color() != ERR {
      colorsEnabled = true
      defaultColors = use_default_colors() != ERR
    }
    let colorPairs = ColorPairs(
      defaultColorsAvailable: defaultColors, capacity: Int(gz_color_pair_count()))

    let wantedMouse =
      gz_mouse_button1_mask() | gz_mouse_wheel_up_mask() | gz_mouse_wheel_down_mask()
    _ = mousemask(wantedMouse, nil)
    _ = mouseinterval(0)
    TerminalSignals.chainResizeHandler()

    let trapValue = getenv("GAZETTE_TEST_TRAP").map { String(cString: $0) }
    let backend = CursesBackend(
      inputFile: inputFile, ownsInputFile: ownsInputFile, wakeDescriptor: wakeDescriptor,
      colorsAvailable: colorsAvailable, colorsEnabled: colorsEnabled, colorPairs: colorPairs,
      trapsAfterFirstPaint: trapValue == trapAfterFirstPaintSwitch)
    _ = werase(screen)
    _ = wrefresh(screen)
    return backend
  }

  /// Gives the terminal back as it was; safe to call more than once.
  ///
  /// Main screen, cursor visible, terminal modes as before, stderr replayed, signal
  /// dispositions restored.
  public func stop() {
    guard running else { return }
    running = false
    _ = endwin()
    TerminalSignals.armCrashRestore(false)
    TerminalSignals.restoreStandardError()
    TerminalSignals.uninstall()
    if ownsInputFile { fclose(inputFile) }
  }

  /// Turns off XON/XOFF flow control while Gazette runs, so Ctrl-S does not freeze the screen
  /// (and arrives as a key); ncurses records it as the program mode, `endwin` undoes it.
  private static func disableFlowControl() {
    var modes = termios()
    guard tcgetattr(STDOUT_FILENO, &modes) == 0 else { return }
    modes.c_iflag &= ~tcflag_t(IXON)
    guard tcsetattr(STDOUT_FILENO, TCSANOW, &modes) == 0 else { return }
    _ = def_prog_mode()
  }

  // MARK: - TerminalBackend

  /// The terminal's size as ncurses knows it (updated when a resize event is delivered).
  public var size: GridSize {
    GridSize(width: Int(gz_screen_columns()), height: Int(gz_screen_rows()))
  }

  /// Paints the changed cells, then updates the terminal once.
  ///
  /// Cells outside the screen and continuation cells are skipped; a wide glyph that does not
  /// fit before the right edge becomes a blank.
  public func paint(_ changes: [CellChange]) {
    guard running else { return }
    let rows = Int(gz_screen_rows())
    let columns = Int(gz_screen_columns())
    let screen = gz_stdscr()
    for change in changes {
      let cell = change.cell
      guard !cell.isContinuation, change.y >= 0, change.y < rows, change.x >= 0,
        change.x < columns
      else { continue }
      var glyph = CellGlyph(text: cell.text, cellWidth: cell.width)
      if glyph.width == 2 && change.x + 1 >= columns {
        glyph = CellGlyph(text: " ", cellWidth: 1)
      }
      let attributes = attributes(of: cell.style)
      let pair =
        colorsEnabled
        ? colorPairs.pair(foreground: cell.style.foreground, background: cell.style.background)
        : 0
      put(glyph.characters, x: change.x, y: change.y, attributes: attributes, pair: pair)
      if glyph.padsNextColumn && change.x + 1 < columns {
        put([0x20], x: change.x + 1, y: change.y, attributes: attributes, pair: pair)
      }
    }
    _ = wrefresh(screen)
    if trapsAfterFirstPaint {
      fatalError("GAZETTE_TEST_TRAP=\(Self.trapAfterFirstPaintSwitch): trapping as asked")
    }
  }

  /// Blanks the screen; the next paint redraws the whole terminal from scratch.
  public func clear() {
    guard running else { return }
    _ = werase(gz_stdscr())
    _ = clearok(gz_curscr(), true)
  }

  /// Waits up to `timeoutMilliseconds` (a negative value waits without limit) for a key, a
  /// mouse action, a resize or a signal.
  ///
  /// A terminating signal or the end of input is reported again on every later call.
  public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
    guard running else { return .endOfInput }
    let deadline = timeoutMilliseconds >= 0 ? Self.now() + timeoutMilliseconds : nil
    while true {
      if let event = signalEvent() { return event }
      if inputEnded { return .endOfInput }
      if let event = readInput() { return event }
      var remaining = -1
      if let deadline {
        remaining = max(0, deadline - Self.now())
        if remaining == 0 { return nil }
      }
      waitForInput(milliseconds: remaining)
    }
  }

  // MARK: - Handing the terminal over

  /// Gives the terminal to a child program: `endwin` (main screen, cursor, the shell's modes),
  /// stderr no longer captured (what was captured is shown), no crash restore meanwhile.
  public func suspend() {
    guard running, !handedOver else { return }
    handedOver = true
    TerminalSignals.armCrashRestore(false)
    _ = endwin()
    TerminalSignals.restoreStandardError()
  }

  /// Takes the terminal back after a child program, waiting for a key first when asked.
  ///
  /// Ctrl-C, Ctrl-\ and Ctrl-Z typed while the child had the terminal reached Gazette too
  /// (the child runs in its process group); they were meant for the child, so they are
  /// dropped, as `system(3)` ignores SIGINT and SIGQUIT while it waits.
  public func resume(afterKeyPress prompt: String?) {
    guard running, handedOver else { return }
    if let prompt { waitForKey(after: prompt) }
    for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGCONT] { _ = TerminalSignals.take(signal) }
    if isatty(STDERR_FILENO) == 1 { TerminalSignals.captureStandardError() }
    _ = reset_prog_mode()
    repaintEverything()
    TerminalSignals.armCrashRestore(true)
    handedOver = false
  }

  /// Writes a control sequence Gazette built, after what ncurses has drawn.
  public func send(_ sequence: ControlSequence) {
    guard running, !handedOver else { return }
    _ = fflush(gz_standard_output())
    Self.writeAll(sequence.bytes, to: STDOUT_FILENO)
  }

  /// Prints `prompt` and reads one key in non-canonical mode without echo, then puts the
  /// modes back and drops the rest of the key's bytes (an arrow sends several).
  private func waitForKey(after prompt: String) {
    Self.writeAll(Array(prompt.utf8), to: STDOUT_FILENO)
    var saved = termios()
    let hasModes = tcgetattr(inputDescriptor, &saved) == 0
    if hasModes {
      var raw = saved
      raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
      withUnsafeMutableBytes(of: &raw.c_cc) { cc in
        cc[Int(VMIN)] = 1
        cc[Int(VTIME)] = 0
      }
      _ = tcsetattr(inputDescriptor, TCSANOW, &raw)
    }
    // Waits with poll on the key and the signal relay: reads restart after a signal.
    waiting: while true {
      var descriptors = [
        pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
        pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&descriptors, nfds_t(wakeDescriptor >= 0 ? 2 : 1), -1)
      if ready < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        break
      }
      if wakeDescriptor >= 0 && descriptors[1].revents != 0 { TerminalSignals.drainWakeups() }
      // A terminating signal ends the wait; the event loop reports it next.
      if let signal = TerminalSignals.terminating.first(where: { TerminalSignals.take($0) }) {
        terminatingSignal = signal
        break waiting
      }
      if descriptors[0].revents != 0 {
        var byte: UInt8 = 0
        if read(inputDescriptor, &byte, 1) == 0 { inputEnded = true }
        break
      }
    }
    if hasModes {
      _ = tcflush(inputDescriptor, TCIFLUSH)
      _ = tcsetattr(inputDescriptor, TCSANOW, &saved)
    }
    Self.writeAll(Array("\r\n".utf8), to: STDOUT_FILENO)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  // MARK: - Events

  private func signalEvent() -> TerminalEvent? {
    if let terminatingSignal { return .terminate(signal: terminatingSignal) }
    for signal in TerminalSignals.terminating where TerminalSignals.take(signal) {
      terminatingSignal = signal
      return .terminate(signal: signal)
    }
    if TerminalSignals.take(SIGTSTP) {
      stopForJobControl()
      return .redraw
    }
    if TerminalSignals.take(SIGCONT) {
      // Continued after a SIGSTOP we did not see coming: the shell may have reset the modes
      // and drawn over the screen.
      _ = reset_prog_mode()
      repaintEverything()
      return .redraw
    }
    if TerminalSignals.take(SIGWINCH) && !TerminalSignals.ncursesHandlesResize {
      resizeFromKernel()
    }
    return nil
  }

  /// Ctrl-Z: give the terminal back, stop, and take it again when continued.
  private func stopForJobControl() {
    TerminalSignals.armCrashRestore(false)
    _ = endwin()
    TerminalSignals.stopProcess()
    _ = TerminalSignals.take(SIGCONT)
    // Changes the user made to the terminal while Gazette was stopped are theirs to keep.
    _ = def_shell_mode()
    var modes = termios()
    if tcgetattr(STDOUT_FILENO, &modes) == 0 { TerminalSignals.updateShellModes(modes) }
    repaintEverything()
    TerminalSignals.armCrashRestore(true)
  }

  private func repaintEverything() {
    _ = clearok(gz_curscr(), true)
    _ = wrefresh(gz_stdscr())
  }

  /// Applies the kernel's window size when ncurses has no SIGWINCH handler of its own;
  /// `resizeterm` then queues KEY_RESIZE.
  private func resizeFromKernel() {
    var rows: Int32 = 0
    var columns: Int32 = 0
    guard gz_window_size(STDOUT_FILENO, &rows, &columns) == 0, rows > 0, columns > 0 else {
      return
    }
    if rows != gz_screen_rows() || columns != gz_screen_columns() {
      _ = resizeterm(rows, columns)
    }
  }

  private enum RawInput {
    case character(UInt32)
    case keyCode(Int32)
  }

  /// One `get_wch` without waiting; nil when nothing is there.
  private func readRaw() -> RawInput? {
    let screen = gz_stdscr()
    wtimeout(screen, 0)
    var value: wint_t = 0
    let status = wget_wch(screen, &value)
    if status == KEY_CODE_YES { return .keyCode(Int32(bitPattern: value)) }
    if status == OK { return .character(value) }
    return nil
  }

  /// Decodes input that is already there; input Gazette ignores is consumed and skipped.
  private func readInput() -> TerminalEvent? {
    while let input = readRaw() {
      switch input {
      case .keyCode(KEY_RESIZE):
        return .resize(size)
      case .keyCode(KEY_MOUSE):
        if let event = mouseEvent() { return event }
      case .keyCode(let code):
        if let key = KeyDecoder.key(forKeyCode: code) { return .key(key) }
      case .character(KeyDecoder.escapeCode):
        if escapeStandsAlone() { return .key(.escape) }
      case .character(let value):
        if let key = KeyDecoder.key(forCharacter: value) { return .key(key) }
      }
    }
    return nil
  }

  /// Whether an Esc just read is the Escape key.
  ///
  /// ncurses already waited `escapeDelayMilliseconds` for a known sequence. Input that is
  /// still right behind the Esc belongs to it: an Alt chord (Esc + key) or a sequence ncurses
  /// does not know (CSI, SS3, OSC); Gazette binds none of them, so all of it is swallowed
  /// rather than delivered as stray keys.
  private func escapeStandsAlone() -> Bool {
    guard let next = readRaw() else { return true }
    switch next {
    case .character(0x5B):  // CSI: parameters, then a final byte in 0x40...0x7E.
      for _ in 0..<64 {
        guard case .character(let value)? = readRaw() else { break }
        if (0x40...0x7E).contains(value) { break }
      }
    case .character(0x4F):  // SS3: one more character.
      _ = readRaw()
    case .character(0x5D):  // OSC: up to BEL or ESC \.
      for _ in 0..<1024 {
        guard case .character(let value)? = readRaw() else { break }
        if value == 7 { break }
        if value == KeyDecoder.escapeCode {
          _ = readRaw()
          break
        }
      }
    default:
      break
    }
    return false
  }

  private func mouseEvent() -> TerminalEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK, let kind = KeyDecoder.mouseKind(buttonState: event.bstate)
    else { return nil }
    return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
  }

  /// Sleeps until input or a signal arrives, or the time is up.
  ///
  /// Input that is "readable" with no byte to read is the end of input (EOF, or a terminal
  /// that hung up): remembered, so the loop never spins on a dead descriptor.
  private func waitForInput(milliseconds: Int) {
    var descriptors = [
      pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    let count = nfds_t(wakeDescriptor >= 0 ? 2 : 1)
    let timeout = Int32(clamping: milliseconds)
    let ready = poll(&descriptors, count, timeout)
    if ready < 0 {
      if errno != EINTR && errno != EAGAIN { inputEnded = true }
      return
    }
    if ready == 0 { return }
    if count == 2 && descriptors[1].revents != 0 { TerminalSignals.drainWakeups() }
    let inputEvents = descriptors[0].revents
    if inputEvents & Int16(POLLNVAL) != 0 {
      inputEnded = true
    } else if inputEvents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
      if gz_bytes_available(inputDescriptor) <= 0 { inputEnded = true }
    }
  }

  // MARK: - Painting

  private func attributes(of style: Style) -> attr_t {
    var attributes = gz_attribute_normal()
    if style.bold { attributes |= gz_attribute_bold() }
    if style.dim { attributes |= gz_attribute_dim() }
    if style.underline { attributes |= gz_attribute_underline() }
    if style.reverse { attributes |= gz_attribute_reverse() }
    return attributes
  }

  private func put(_ characters: [wchar_t], x: Int, y: Int, attributes: attr_t, pair: Int16) {
    var character = cchar_t()
    let terminated = characters + [0]
    let status = terminated.withUnsafeBufferPointer { buffer in
      setcchar(&character, buffer.baseAddress, attributes, pair, nil)
    }
    guard status != ERR else { return }
    _ = mvwadd_wch(gz_stdscr(), Int32(y), Int32(x), &character)
  }

  /// Milliseconds on the monotonic clock.
  private static func now() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
  }
}
