/// The one list of scalars that must never reach a terminal as themselves.
///
/// A terminal acts on these instead of showing them: C0 controls (escape sequences start with
/// ESC; even newline and tab move the cursor), DEL, C1 controls (CSI U+009B is a one-scalar
/// ESC [), the line and paragraph separators (some terminals break the line), and the bidi
/// controls that reorder what is shown (CVE-2021-42574: U+061C, U+200E/F, U+202A–E,
/// U+2066–9). The sanitiser replaces every one of them, the curses backend refuses them in a
/// cell, and `gazette --json` escapes exactly them (besides `"` and `\`). The visible
/// substitutes the sanitiser puts in their place are recognised by `isSubstitute(_:)`, so the
/// cell grid can draw them dim.
public enum TerminalSafety {
  /// Whether `scalar` can be sent to a terminal as text without acting on it.
  @inlinable
  public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F...0x9F: return false
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029: return false
    case 0x202A...0x202E, 0x2066...0x2069: return false
    default: return true
    }
  }

  /// Whether every scalar of `character` is safe (see `isSafe(_:)` for scalars).
  @inlinable
  public static func isSafe(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { isSafe($0) }
  }

  /// Whether `character` is a visible substitute of a control character (Control Pictures
  /// U+2400–U+2426 or the replacement character U+FFFD), which the cell grid draws dim.
  public static func isSubstitute(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return (0x2400...0x2426).contains(first.value) || first.value == 0xFFFD
  }
}
