/// A control sequence the reader may write besides painting cells.
///
/// The bytes are built here and only here: a payload is base64 text, so nothing a caller
/// passes can end the sequence early or start another one.
public struct ControlSequence: Hashable, Sendable {
  /// The bytes to write, from ESC to the terminator.
  public let bytes: [UInt8]

  /// What the sequence does, for tests and messages.
  public let purpose: Purpose

  /// The kinds of control sequence there are.
  public enum Purpose: Hashable, Sendable {
    /// OSC 52: put text on the system clipboard.
    case clipboard(String)
    /// OSC 8 around cells already painted: make them a link to the URL.
    case hyperlink(url: String, x: Int, y: Int, text: String)
  }

  /// OSC 52 with the clipboard selection `c`: `ESC ] 52 ; c ; BASE64 BEL`.
  ///
  /// Terminals that allow it (and tmux with `set-clipboard on`, which also keeps a paste
  /// buffer) put `text` on the clipboard; it works across ssh since it travels with the output.
  public static func clipboard(_ text: String) -> ControlSequence {
    var bytes: [UInt8] = [0x1B] + Array("]52;c;".utf8)
    bytes += Base64.encode(Array(text.utf8))
    bytes.append(0x07)
    return ControlSequence(bytes: bytes, purpose: .clipboard(text))
  }

  /// Marks `text`, painted at column `x` of row `y` in `style`, as an OSC 8 hyperlink to `url`;
  /// nil unless both are printable ASCII without spaces (`WebAddress.ascii` is).
  ///
  /// ncurses paints cells and knows nothing of links, so the text is written again inside the
  /// link: the cursor and attributes are saved (DECSC), the text is written at its place in its
  /// own style, and DECRC puts cursor and attributes back where ncurses believes they are.
  /// `id` groups the lines of one wrapped URL into one link.
  public static func hyperlink(
    url: String, text: String, style: Style, x: Int, y: Int, id: String
  ) -> ControlSequence? {
    func isPlain(_ string: String) -> Bool {
      !string.isEmpty && string.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }
    guard isPlain(url), isPlain(text), isPlain(id), x >= 0, y >= 0 else { return nil }
    var sgr = "0"
    if style.bold { sgr += ";1" }
    if style.dim { sgr += ";2" }
    if style.underline { sgr += ";4" }
    if style.reverse { sgr += ";7" }
    if let foreground = style.foreground { sgr += ";3\(foreground.rawValue)" }
    if let background = style.background { sgr += ";4\(background.rawValue)" }
    let escape = "\u{1B}"
    let sequence =
      escape + "7" + escape + "[\(y + 1);\(x + 1)H" + escape + "[" + sgr + "m"
      + escape + "]8;id=" + id + ";" + url + escape + "\\" + text + escape + "]8;;" + escape + "\\"
      + escape + "8"
    return ControlSequence(
      bytes: Array(sequence.utf8), purpose: .hyperlink(url: url, x: x, y: y, text: text))
  }
}
