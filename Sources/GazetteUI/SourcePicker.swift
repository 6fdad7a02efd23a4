import GazetteModel

/// The source picker's state: what was typed to narrow it and which row is chosen.
///
/// Row 0 is "All sources"; rows from 1 are `choices`.
struct SourcePicker: Hashable, Sendable {
  /// What the user typed to narrow the sources.
  var filterText: String
  /// The chosen row (0 is "All sources").
  var selected: Int
  /// Sources matching `filterText`, most articles first.
  var choices: [SourceSummary]

  /// Creates a picker.
  init(filterText: String = "", selected: Int = 0, choices: [SourceSummary] = []) {
    self.filterText = filterText
    self.selected = selected
    self.choices = choices
  }

  /// Rows: "All sources" and the choices.
  var rowCount: Int { choices.count + 1 }
}
