/// The look of one cell: colours from the terminal's own palette plus attributes.
///
/// Colours are indexes into the terminal's palette (`nil` keeps the terminal's default
/// foreground or background), so Gazette follows the user's colour scheme.
public struct Style: Hashable, Sendable {
  /// Foreground colour, or `nil` for the terminal's default.
  public var foreground: PaletteColor?
  /// Background colour, or `nil` for the terminal's default.
  public var background: PaletteColor?
  /// Bold (or bright) text.
  public var bold: Bool
  /// Dim text, used for substitutes of control characters and for secondary information.
  public var dim: Bool
  /// Underlined text.
  public var underline: Bool
  /// Reverse video; the selection uses it so monochrome terminals still show it.
  public var reverse: Bool

  /// Creates a style; every attribute defaults to off and colours to the terminal's defaults.
  public init(
    foreground: PaletteColor? = nil, background: PaletteColor? = nil, bold: Bool = false,
    dim: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// The terminal's default look.
  public static let plain = Style()
}
