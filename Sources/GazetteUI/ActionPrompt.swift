import GazetteTerminal

/// A one-line prompt on the bottom line for acting on an article: the path to save to, the
/// command to pipe into, or whether to overwrite a file.
struct ActionPrompt: Hashable, Sendable {
  /// What the prompt asks for.
  enum Purpose: Hashable, Sendable {
    /// A path to save the article to.
    case savePath
    /// A shell command to pipe the article into.
    case pipeCommand
    /// Whether to replace the file of this save (`y`, anything else is no).
    case overwrite(SaveRequest)
  }

  /// What a key did: the prompt edits its text like every prompt.
  typealias Outcome = LineEditing

  /// What the prompt asks for.
  var purpose: Purpose
  /// The article acted on (its arrival index).
  var article: Int32
  /// What has been typed (raw; sanitised when drawn).
  var text = ""

  /// The label before the text.
  var label: String {
    switch purpose {
    case .savePath: return "Save to: "
    case .pipeCommand: return "Pipe to: "
    case .overwrite(let request): return "\(request.path) exists. Overwrite? (y/n) "
    }
  }

  /// Applies a key: `command` is what the key map makes of it in a prompt; a key bound to no
  /// command types its character.
  mutating func update(_ key: Key, command: Command?) -> Outcome {
    if case .overwrite = purpose {
      if case .character(let character) = key, character == "y" || character == "Y" {
        return .accepted
      }
      return .cancelled
    }
    return LineEditing.apply(key, command: command, to: &text) ?? .unchanged
  }
}
