/// The last line of defence between untrusted text and the terminal.
///
/// Views draw only text that went through `TextLayout.sanitize` or `sanitizeLine`; the grid
/// still refuses any grapheme holding a scalar that a terminal would act on instead of print,
/// so a gap in sanitising can never become an escape sequence or a bidi override on screen.
public enum DisplaySafety {
  /// Whether every scalar of `character` is printable: no C0 or C1 control, DEL, bidi
  /// control, or line/paragraph separator.
  public static func isSafe(_ character: Character) -> Bool {
    for scalar in character.unicodeScalars {
      switch scalar.value {
      case 0x00..<0x20, 0x7F...0x9F: return false
      case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029: return false
      case 0x202A...0x202E, 0x2066...0x2069: return false
      default: continue
      }
    }
    return true
  }

  /// Whether `character` is a visible substitute of a control character (Control Pictures
  /// U+2400–U+2426 or the replacement character U+FFFD), which is drawn dim.
  public static func isSubstitute(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return (0x2400...0x2426).contains(first.value) || first.value == 0xFFFD
  }
}
