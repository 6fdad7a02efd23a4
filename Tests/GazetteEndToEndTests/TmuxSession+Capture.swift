import Foundation
import GazetteText

/// Running `gazette` itself in a session, recording every byte it writes to the terminal, and
/// reading what the pane shows by display column.
extension TmuxSession {
  /// The line the wrapper script prints once gazette has ended.
  static let exitMarker = "GAZETTE-SESSION-ENDED"

  /// Starts a session running `gazette arguments...` in a wrapper script, in a pane of
  /// `width` × `height`, with tmux taking OSC 52 into its paste buffers (`set-clipboard on`),
  /// as a terminal that honours it would.
  ///
  /// With `recording`, every byte the pane's program writes is appended to `rawOutputPath`
  /// from before gazette starts: the wrapper waits for a line of input until `releaseGate()`,
  /// and `pipe-pane` is in place before this returns. The wrapper saves `stty -g` before and after gazette and
  /// its exit status (see `waitForGazetteExit`), then waits, so the pane can be inspected.
  static func gazette(
    _ arguments: [String], width: Int = 120, height: Int = 40, recording: Bool = false,
    environment: [String: String] = [:]
  ) throws -> TmuxSession {
    let session = try TmuxSession(width: width, height: height) { directory in
      let script = directory.appendingPathComponent("run.sh")
      var lines = [
        "cd \(quoted(directory.path)) || exit 99",
        "ulimit -c 0",
        "unset LC_ALL LC_CTYPE LC_MESSAGES LANGUAGE NO_COLOR GAZETTE_TEST_TRAP GAZETTE_DATA",
        "export LANG=C.UTF-8 SWIFT_BACKTRACE=enable=no",
      ]
      for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
        lines.append("export \(name)=\(quoted(value))")
      }
      if recording { lines.append("IFS= read -r gate") }
      let command = ([GazetteBinary.path] + arguments).map(quoted).joined(separator: " ")
      lines += [
        "stty -g > stty-before",
        "sh -c 'echo $$ > pid; exec \"$@\"' sh \(command)",
        "echo $? > status",
        "stty -g > stty-after",
        "echo \(exitMarker)",
        "IFS= read -r line",
      ]
      try (lines.joined(separator: "\n") + "\n").write(
        to: script, atomically: true, encoding: .utf8)
      return "/bin/sh \(quoted(script.path))"
    }
    try session.run(["set-option", "-g", "set-clipboard", "on"])
    if recording {
      try session.run(["pipe-pane", "-o", "cat >> \(quoted(session.rawOutputPath))"])
    }
    return session
  }

  /// Lets the wrapper of a recording session start gazette (the recording is in place).
  func releaseGate() throws {
    try sendKeys("Enter")
  }

  /// Where a recording session's raw output goes.
  var rawOutputPath: String { directory.appendingPathComponent("raw-output").path }

  /// Everything the pane's program wrote, once the wrapper's exit marker has come through
  /// the recording (so nothing gazette wrote is still on its way).
  func recordedOutput(timeout: Duration = .seconds(15)) throws -> [UInt8] {
    let marker = Array(Self.exitMarker.utf8)
    var bytes: [UInt8] = []
    try waitUntil("the recording to reach the exit marker", timeout: timeout) {
      bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: rawOutputPath))) ?? Data())
      return bytes.count >= marker.count
        && bytes.indices.dropLast(marker.count - 1).contains {
          bytes[$0..<$0 + marker.count].elementsEqual(marker)
        }
    }
    return bytes
  }

  /// Waits for the wrapper's exit marker and returns gazette's exit status.
  func waitForGazetteExit(timeout: Duration = .seconds(15)) throws -> Int? {
    try waitForText(Self.exitMarker, timeout: timeout)
    let status = try waitForFile("status")
    return Int(status.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// What is wrong with the terminal after gazette ended; empty when it was restored.
  ///
  /// Checked: the modes are those from before it, the alternate screen is off, the cursor
  /// is visible.
  func terminalRestoreProblems() throws -> [String] {
    var problems: [String] = []
    if try waitForFile("stty-after") != waitForFile("stty-before") {
      problems.append("terminal modes changed")
    }
    if try alternateScreenOn { problems.append("still on the alternate screen") }
    if try !cursorVisible { problems.append("cursor hidden") }
    return problems
  }

  /// The tmux paste buffers (where OSC 52 would put text), one name per line.
  func pasteBuffers() throws -> String {
    try run(["list-buffers", "-F", "#{buffer_name}"])
  }

  // MARK: - Reading the screen by column

  /// The character drawn at display `column` of a captured line, or nil past its end
  /// (a wide character covers two columns; `capture-pane` prints it once).
  static func character(atColumn column: Int, of line: Substring) -> Character? {
    var position = 0
    for character in line {
      let width = character == "\t" ? 1 : max(1, TextLayout.width(String(character)))
      if column < position + width { return character }
      position += width
    }
    return nil
  }

  /// The part of a captured line from display `column` on.
  static func text(of line: Substring, fromColumn column: Int) -> Substring {
    var position = 0
    var index = line.startIndex
    while index < line.endIndex, position < column {
      let character = line[index]
      position += character == "\t" ? 1 : max(1, TextLayout.width(String(character)))
      index = line.index(after: index)
    }
    return line[index...]
  }

  /// Rows of `screen` in `rows` where display `column` is not `border`.
  static func brokenBorderRows(
    in screen: String, column: Int, rows: Range<Int>, border: Character = "│"
  ) -> [Int] {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    // The border's top cell is the focus arrow (◀ or ▶) pointing at the focused pane.
    return rows.filter { row in
      guard row < lines.count else { return true }
      let found = character(atColumn: column, of: lines[row])
      return found != border && !(row == rows.lowerBound && (found == "◀" || found == "▶"))
    }
  }

  /// `text` as one single-quoted shell word.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  // MARK: - Checking the bytes

  /// The bytes a program wrote to its terminal, sorted into what ncurses sends on its own
  /// (CSI sequences with the final bytes of cursor moves, erasing, modes and SGR; charset and
  /// keypad escapes; SI) and what no article byte may ever turn into: OSC, DCS, APC, PM and SOS
  /// strings, BEL, C1 controls (raw bytes 0x80–0x9F outside UTF-8, or U+0080–U+009F encoded),
  /// bidi controls, any other control or escape, and invalid UTF-8.
  struct OutputScan: CustomStringConvertible {
    /// Bytes examined.
    private(set) var bytes = 0
    /// CSI sequences of the kinds ncurses writes.
    private(set) var csiSequences = 0
    /// Two- and three-byte escapes ncurses writes (`ESC ( B`, `ESC =`, `ESC 7`, ...).
    private(set) var shortEscapes = 0
    /// Everything that should not be there, by kind.
    private(set) var forbidden: [String: Int] = [:]
    /// The first few forbidden sequences, with their offsets, for the failure message.
    private(set) var examples: [String] = []

    /// Final bytes of the CSI sequences ncurses sends for cursor movement, insertion and
    /// deletion, erasing, scrolling regions, modes and SGR; queries (`n`, `c`, `t`, `q`, ...)
    /// are absent because their answers come back as input.
    static let expectedCSIFinals = Set("@ABCDEFGHJKLMPSTXZ`abdefghlmrsu".utf8)

    /// Total count of forbidden sequences and bytes.
    var forbiddenCount: Int { forbidden.values.reduce(0, +) }

    /// Scans `output`.
    init(_ output: [UInt8]) {
      bytes = output.count
      var index = 0
      while index < output.count {
        index = scanOne(output, at: index)
      }
    }

    /// One-line summary of the figures.
    var description: String {
      let kinds = forbidden.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
      return "\(bytes) bytes, \(csiSequences) ncurses CSI sequences, \(shortEscapes) ncurses "
        + "short escapes, \(forbiddenCount) forbidden"
        + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")); \(examples))")
    }

    private mutating func record(_ kind: String, at offset: Int, _ output: [UInt8]) {
      forbidden[kind, default: 0] += 1
      if examples.count < 8 {
        let end = min(output.count, offset + 16)
        let shown = output[offset..<end].map { byte in
          (0x21...0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "<\(byte)>"
        }
        examples.append("\(kind) at \(offset): \(shown.joined())")
      }
    }

    /// Scans the sequence, character or byte at `index`; returns where the next one starts.
    private mutating func scanOne(_ output: [UInt8], at index: Int) -> Int {
      let byte = output[index]
      switch byte {
      case 0x1B:
        return scanEscape(output, at: index)
      case 0x07:
        record("BEL", at: index, output)
      case 0x08, 0x09, 0x0A, 0x0D, 0x0F:
        // Cursor motion, and SI, which ncurses' `sgr0` sends on screen-like terminals. SO,
        // its counterpart, would switch to line-drawing glyphs; Gazette draws none that way.
        break
      case 0x00..<0x20, 0x7F:
        record("other C0 control", at: index, output)
      case 0x80...:
        return scanNonASCII(output, at: index)
      default:
        break
      }
      return index + 1
    }

    private mutating func scanEscape(_ output: [UInt8], at index: Int) -> Int {
      guard index + 1 < output.count else {
        record("ESC at the end", at: index, output)
        return index + 1
      }
      switch output[index + 1] {
      case UInt8(ascii: "["):
        return scanCSI(output, at: index)
      case UInt8(ascii: "]"): record("OSC", at: index, output)
      case UInt8(ascii: "P"): record("DCS", at: index, output)
      case UInt8(ascii: "_"): record("APC", at: index, output)
      case UInt8(ascii: "^"): record("PM", at: index, output)
      case UInt8(ascii: "X"): record("SOS", at: index, output)
      case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"):
        shortEscapes += 1
        return min(output.count, index + 3)
      case UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "7"), UInt8(ascii: "8"),
        UInt8(ascii: "M"), UInt8(ascii: "D"), UInt8(ascii: "E"):
        shortEscapes += 1
      default:
        record("other escape", at: index, output)
      }
      return index + 2
    }

    private mutating func scanCSI(_ output: [UInt8], at index: Int) -> Int {
      var end = index + 2
      let parametersStart = end
      while end < output.count, (0x30...0x3F).contains(output[end]) { end += 1 }
      let parameters = output[parametersStart..<end]
      let intermediatesStart = end
      while end < output.count, (0x20...0x2F).contains(output[end]) { end += 1 }
      guard end < output.count, (0x40...0x7E).contains(output[end]) else {
        record("malformed CSI", at: index, output)
        return end
      }
      let final = output[end]
      let privateMarker = parameters.first.flatMap { (0x3C...0x3F).contains($0) ? $0 : nil }
      let expected =
        intermediatesStart == end && Self.expectedCSIFinals.contains(final)
        && (privateMarker == nil
          || (privateMarker == UInt8(ascii: "?")
            && (final == UInt8(ascii: "h") || final == UInt8(ascii: "l"))))
      if expected {
        csiSequences += 1
      } else {
        record("unexpected CSI", at: index, output)
      }
      return end + 1
    }

    /// A UTF-8 sequence (a C1 or bidi control when it encodes one) or an invalid byte.
    private mutating func scanNonASCII(_ output: [UInt8], at index: Int) -> Int {
      let lead = output[index]
      let length: Int
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      var valid = length > 0 && index + length <= output.count
      if valid {
        for offset in 1..<length {
          let continuation = output[index + offset]
          if continuation & 0xC0 != 0x80 { valid = false }
          value = value << 6 | UInt32(continuation & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x1_0000
        if value < smallest || value > 0x10_FFFF || (0xD800...0xDFFF).contains(value) {
          valid = false
        }
      }
      guard valid else {
        record(
          (0x80...0x9F).contains(lead) ? "raw C1 byte" : "invalid UTF-8", at: index, output)
        return index + 1
      }
      switch value {
      case 0x80...0x9F:
        record("C1 control as UTF-8", at: index, output)
      case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        record("bidi control", at: index, output)
      default:
        break
      }
      return index + length
    }
  }
}
