/// A colour of the terminal's palette: the eight basic colours the theme uses, their bright
/// variants (8–15), and the 256-colour palette's cube and grey ramp (16–255).
///
/// Palette colours follow the user's colour scheme. A colour beyond what the terminal has
/// (`COLORS`) falls back to the terminal's default colours when drawn.
public struct PaletteColor: Hashable, Sendable, CustomStringConvertible {
  /// The colour's number in the palette, 0–255.
  public let index: UInt8

  /// The colour numbered `index` in the palette.
  public init(index: UInt8) {
    self.index = index
  }

  /// The palette number, as curses takes it.
  public var rawValue: Int { Int(index) }

  /// Colour 0.
  public static let black = PaletteColor(index: 0)
  /// Colour 1.
  public static let red = PaletteColor(index: 1)
  /// Colour 2.
  public static let green = PaletteColor(index: 2)
  /// Colour 3.
  public static let yellow = PaletteColor(index: 3)
  /// Colour 4.
  public static let blue = PaletteColor(index: 4)
  /// Colour 5.
  public static let magenta = PaletteColor(index: 5)
  /// Colour 6.
  public static let cyan = PaletteColor(index: 6)
  /// Colour 7.
  public static let white = PaletteColor(index: 7)

  private static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// The colour's name for the basic eight (`blue`), else its number (`214`).
  public var description: String {
    index < 8 ? Self.names[Int(index)] : "\(index)"
  }
}
