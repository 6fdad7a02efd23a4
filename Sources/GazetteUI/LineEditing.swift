import GazetteTerminal

/// What a key did to the text of a one-line prompt: the editing every prompt shares (search,
/// save, pipe), so a key rebound in the `prompt` context works the same in all of them.
enum LineEditing: Hashable, Sendable {
  /// The text changed.
  case edited
  /// Nothing changed.
  case unchanged
  /// The prompt is done: act on the text.
  case accepted
  /// The prompt is abandoned.
  case cancelled

  /// Applies `key` to `text`, or returns nil for a command that is not line editing.
  ///
  /// `command` is what the key map makes of the key in the prompt; a key bound to no command
  /// types its character. The prompt decides itself about the commands this leaves out.
  static func apply(_ key: Key, command: Command?, to text: inout String) -> LineEditing? {
    switch command {
    case .cancel?:
      return .cancelled
    case .accept?:
      return .accepted
    case .deleteCharacter?:
      guard !text.isEmpty else { return .unchanged }
      text.removeLast()
      return .edited
    case .clearText?:
      text = ""
      return .edited
    case nil:
      guard case .character(let character) = key else { return .unchanged }
      text.append(character)
      return .edited
    case .some:
      return nil
    }
  }
}
