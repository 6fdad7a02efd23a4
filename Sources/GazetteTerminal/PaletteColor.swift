/// One of the eight basic colours of the terminal's own palette.
public enum PaletteColor: Int, Hashable, Sendable, CaseIterable {
  /// Palette entry 0.
  case black = 0
  /// Palette entry 1.
  case red
  /// Palette entry 2.
  case green
  /// Palette entry 3.
  case yellow
  /// Palette entry 4.
  case blue
  /// Palette entry 5.
  case magenta
  /// Palette entry 6.
  case cyan
  /// Palette entry 7.
  case white
}
