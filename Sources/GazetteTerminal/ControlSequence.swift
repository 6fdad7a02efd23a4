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
}
