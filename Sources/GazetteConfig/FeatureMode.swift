/// Whether the reader uses a terminal feature that not every terminal has (OSC 8 hyperlinks,
/// OSC 52 clipboard): found out from the terminal, or forced on or off by the config file.
public enum FeatureMode: String, CaseIterable, Hashable, Sendable {
  /// On for terminals known to support it.
  case auto
  /// Always on.
  case always
  /// Always off.
  case never

  /// `true` or `false` when forced, nil when the terminal decides.
  public var forced: Bool? {
    switch self {
    case .always: return true
    case .never: return false
    case .auto: return nil
    }
  }
}
