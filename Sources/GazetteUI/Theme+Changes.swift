import GazetteTerminal

extension Theme {
  /// The parts of the theme by the names a config file uses (the fields in snake_case).
  static var parts: [(name: String, keyPath: WritableKeyPath<Theme, Style>)] {
    [
      ("header_title", \.headerTitle), ("header", \.header), ("list_text", \.listText),
      ("list_date", \.listDate), ("list_source", \.listSource), ("selection", \.selection),
      ("inactive_selection", \.inactiveSelection), ("divider", \.divider), ("title", \.title),
      ("metadata", \.metadata), ("rule", \.rule), ("body", \.body), ("notice", \.notice),
      ("match", \.match), ("current_match", \.currentMatch), ("status", \.status),
      ("status_alert", \.statusAlert), ("prompt", \.prompt), ("overlay", \.overlay),
      ("overlay_border", \.overlayBorder), ("overlay_emphasis", \.overlayEmphasis),
      ("overlay_selection", \.overlaySelection),
    ]
  }

  /// The standard theme with `changes` (by part name) applied; unknown names are ignored (the
  /// config file reader reports them).
  static func standard(colors: Bool, changes: [String: StyleChange]) -> Theme {
    var theme = standard(colors: colors)
    guard !changes.isEmpty else { return theme }
    for part in parts {
      if let change = changes[part.name] {
        theme[keyPath: part.keyPath] = change.applied(
          to: theme[keyPath: part.keyPath], colors: colors)
      }
    }
    return theme
  }
}
