import GazetteTerminal

/// The search prompt on the bottom line while the user types a search, and its keys.
struct SearchPrompt: Hashable, Sendable {
  /// What a key did in the prompt.
  enum Outcome: Hashable, Sendable {
    /// The text changed: search for it as the user types.
    case edited
    /// Nothing changed.
    case unchanged
    /// Keep the search and close the prompt.
    case accepted
    /// Clear the search and close the prompt.
    case cancelled
    /// Move in the list without leaving the prompt (`up`, `down`, `page-up`, `page-down`).
    case movesList(Command)
  }

  /// What has been typed (raw; sanitised when drawn).
  var text = ""

  /// Applies a key: `command` is what the key map makes of it in the prompt; a key bound to
  /// no command types its character.
  mutating func update(_ key: Key, command: Command?) -> Outcome {
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
    case .up?, .down?, .pageUp?, .pageDown?:
      return command.map(Outcome.movesList) ?? .unchanged
    case nil:
      guard case .character(let character) = key else { return .unchanged }
      text.append(character)
      return .edited
    case .some:
      return .unchanged
    }
  }
}
