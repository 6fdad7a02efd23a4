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
  /// The article selected when the prompt opened: cancelling or emptying the search
  /// selects it again.
  var origin: Int32?

  /// Applies a key: `command` is what the key map makes of it in the prompt; a key bound to
  /// no command types its character.
  mutating func update(_ key: Key, command: Command?) -> Outcome {
    switch LineEditing.apply(key, command: command, to: &text) {
    case .edited?: return .edited
    case .unchanged?: return .unchanged
    case .accepted?: return .accepted
    case .cancelled?: return .cancelled
    case nil: break
    }
    switch command {
    case .up?, .down?, .pageUp?, .pageDown?:
      return command.map(Outcome.movesList) ?? .unchanged
    default:
      return .unchanged
    }
  }
}
