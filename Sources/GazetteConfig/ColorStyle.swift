/// How a config file restyles one part of the screen; nil fields keep the built-in theme's.
public struct ColorStyle: Hashable, Sendable {
  /// The text colour.
  public var foreground: ConfigColor?
  /// The background colour.
  public var background: ConfigColor?
  /// Bold text.
  public var bold: Bool?
  /// Dim text.
  public var dim: Bool?
  /// Underlined text.
  public var underline: Bool?
  /// Reverse video.
  public var reverse: Bool?

  /// Creates a style; every field left out keeps the theme's.
  public init(
    foreground: ConfigColor? = nil, background: ConfigColor? = nil, bold: Bool? = nil,
    dim: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.underline = underline
    self.reverse = reverse
  }

  /// The parts of the screen a config file can restyle, the reader theme's fields in
  /// snake_case (`list_date` is `Theme.listDate`).
  public static let elementNames = [
    "header_title", "header", "list_text", "list_date", "list_source", "list_marks",
    "selection", "inactive_selection", "divider", "title", "metadata", "rule", "body", "notice",
    "match", "current_match", "status", "status_alert", "prompt", "overlay", "overlay_border",
    "overlay_emphasis", "overlay_selection",
  ]

  /// The attribute keys a style table may hold.
  static let attributeNames = ["foreground", "background", "bold", "dim", "underline", "reverse"]
}
