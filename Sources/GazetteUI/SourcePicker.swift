import GazetteModel

/// The source picker's state: what was typed to narrow it and which row is chosen.
///
/// Row 0 is "All sources"; rows from 1 are `choices`.
public struct SourcePicker: Hashable, Sendable {
  /// What the user typed to narrow the sources.
  public var filterText: String
  /// The chosen row (0 is "All sources").
  public var selected: Int
  /// Sources matching `filterText`, most articles first.
  public var choices: [SourceSummary]

  /// Creates a picker.
  public init(filterText: String = "", selected: Int = 0, choices: [SourceSummary] = []) {
    self.filterText = filterText
    self.selected = selected
    self.choices = choices
  }

  /// Rows: "All sources" and the choices.
  public var rowCount: Int { choices.count + 1 }

  /// How a source is labelled: its raw name, or "(no source)" when it has none.
  ///
  /// The name is untrusted text, as the articles give it: callers sanitise it (for example
  /// with `ClippedLine.make`).
  public static func label(of name: String?) -> String {
    guard let name, !name.isEmpty else { return "(no source)" }
    return name
  }
}
