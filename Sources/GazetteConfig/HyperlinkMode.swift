/// Whether the reader marks URLs as OSC 8 hyperlinks.
public enum HyperlinkMode: String, CaseIterable, Hashable, Sendable {
  /// Only on terminals known to support them.
  case auto
  /// Always (the user knows the terminal supports them).
  case always
  /// Never.
  case never
}
