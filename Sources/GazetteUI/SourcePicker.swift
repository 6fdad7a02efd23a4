import GazetteModel
import GazetteTerminal

/// The source picker: what was typed to narrow it, which row is chosen, and its keys.
///
/// Row 0 is "All sources"; rows from 1 are `choices`, the sources whose label contains what
/// was typed (`SourceMatcher.candidates(for:)`, the rule `gazette list --source` follows too).
struct SourcePicker: Hashable, Sendable {
  /// What a key did in the picker.
  enum Outcome: Hashable, Sendable {
    /// The picker stays open.
    case open
    /// Closed without changing anything.
    case cancelled
    /// Closed with a choice: the sources to show (empty for all of them).
    case chosen([String])
  }

  /// What the user typed to narrow the sources.
  var filterText = ""
  /// The chosen row (0 is "All sources").
  var selected = 0
  /// Sources matching `filterText`, most articles first.
  var choices: [SourceSummary] = []

  /// Rows: "All sources" and the choices.
  var rowCount: Int { choices.count + 1 }

  /// A picker over `sources` (in the picker's order), open on the current source filter.
  init(sources: [SourceSummary], current: [String]) {
    refresh(from: sources, resetSelection: true)
    if current.count == 1, let name = current.first,
      let found = choices.firstIndex(where: { ($0.name ?? "") == name })
    {
      selected = found + 1
    }
  }

  /// Recomputes the choices from `sources` and what the user typed; the selection goes to
  /// the first match after typing, and otherwise stays (clamped) as sources arrive.
  mutating func refresh(from sources: [SourceSummary], resetSelection: Bool) {
    choices = SourceMatcher(sources: sources).candidates(for: filterText)
    if resetSelection {
      selected = filterText.isEmpty || choices.isEmpty ? 0 : 1
    } else {
      selected = min(selected, rowCount - 1)
    }
  }

  /// Moves the choice by `delta` rows, within the rows (keys and the mouse wheel).
  mutating func move(by delta: Int) {
    selected = min(max(0, selected + delta), rowCount - 1)
  }

  /// Applies a key to the picker.
  ///
  /// `command` is what the key map makes of the key in the picker; a key bound to no command
  /// types its character. `page` is how far a page moves the choice.
  mutating func update(
    _ key: Key, command: Command?, sources: [SourceSummary], page: Int
  ) -> Outcome {
    switch command {
    case .cancel?:
      return .cancelled
    case .accept?:
      guard selected > 0, selected - 1 < choices.count else { return .chosen([]) }
      return .chosen([choices[selected - 1].name ?? ""])
    case .deleteCharacter?:
      guard !filterText.isEmpty else { return .open }
      filterText.removeLast()
    case .clearText?:
      filterText = ""
    case .up?:
      move(by: -1)
      return .open
    case .down?:
      move(by: 1)
      return .open
    case .pageUp?:
      move(by: -page)
      return .open
    case .pageDown?:
      move(by: page)
      return .open
    case .top?:
      move(by: -rowCount)
      return .open
    case .bottom?:
      move(by: rowCount)
      return .open
    case nil:
      guard case .character(let character) = key else { return .open }
      filterText.append(character)
    case .some:
      return .open
    }
    refresh(from: sources, resetSelection: true)
    return .open
  }
}
