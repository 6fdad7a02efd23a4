/// How many terminal columns a grapheme cluster takes, and how it is drawn.
///
/// STUB (skeleton): the text-layout work replaces this with generated tables that agree with
/// glibc `wcwidth`. The public surface is the contract other modules code against.
public struct WidthPolicy: Hashable, Sendable {
  /// The policy that matches ncurses, glibc and tmux on Linux: the sum of `wcwidth` per scalar.
  public static let terminal = WidthPolicy()

  /// Columns the grapheme cluster takes on the screen (0, 1, 2 or more for sequences).
  public func width(of character: Character) -> Int {
    var total = 0
    for scalar in character.unicodeScalars {
      let v = scalar.value
      if v < 0x20 || (v >= 0x7F && v < 0xA0) { continue }
      if scalar.properties.generalCategory == .nonspacingMark
        || scalar.properties.generalCategory == .enclosingMark
        || scalar.properties.generalCategory == .format
      {
        continue
      }
      if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
        || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
        || (0x1F300...0x1F64F).contains(v) || (0x20000...0x3FFFD).contains(v)
      {
        total += 2
      } else {
        total += 1
      }
    }
    return total
  }

  /// Columns the text takes on one line, summed over its grapheme clusters.
  public func width<S: StringProtocol>(of text: S) -> Int {
    var total = 0
    for character in text { total += width(of: character) }
    return total
  }
}
