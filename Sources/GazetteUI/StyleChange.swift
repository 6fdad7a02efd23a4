import GazetteTerminal

/// A change to one part of the reader's theme (a config file's `[colors]` entry): what it sets
/// replaces the theme's, what it leaves nil stays.
public struct StyleChange: Hashable, Sendable {
  /// A colour a change can set.
  public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// A palette colour.
    case palette(PaletteColor)
  }

  /// The text colour.
  public var foreground: Color?
  /// The background colour.
  public var background: Color?
  /// Bold text.
  public var bold: Bool?
  /// Dim text.
  public var dim: Bool?
  /// Underlined text.
  public var underline: Bool?
  /// Reverse video.
  public var reverse: Bool?

  /// Creates a change.
  public init(
    foreground: Color? = nil, background: Color? = nil, bold: Bool? = nil, dim: Bool? = nil,
    underline: Bool? = nil, reverse: Bool? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// `style` with this change applied; without `colors` (`NO_COLOR`, a monochrome terminal)
  /// only the attributes change, so `NO_COLOR` wins over any colour a config file sets.
  func applied(to style: Style, colors: Bool) -> Style {
    var result = style
    if colors {
      if let foreground { result.foreground = Self.palette(foreground) }
      if let background { result.background = Self.palette(background) }
    }
    if let bold { result.bold = bold }
    if let dim { result.dim = dim }
    if let underline { result.underline = underline }
    if let reverse { result.reverse = reverse }
    return result
  }

  private static func palette(_ color: Color) -> PaletteColor? {
    switch color {
    case .terminalDefault: return nil
    case .palette(let color): return color
    }
  }
}
