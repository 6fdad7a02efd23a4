/// How the grid treats what sanitising left in a cell.
///
/// Views draw only text that went through `TextLayout.sanitize` or `sanitizeLine`; the grid
/// still refuses any grapheme that `TerminalSafety.isSafe` rejects, so a gap in sanitising
/// can never become an escape sequence or a bidi override on screen, and draws the visible
/// substitutes of controls dim.
public enum DisplaySafety {
  /// Whether `character` is a visible substitute of a control character (Control Pictures
  /// U+2400–U+2426 or the replacement character U+FFFD), which is drawn dim.
  public static func isSubstitute(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return (0x2400...0x2426).contains(first.value) || first.value == 0xFFFD
  }
}
