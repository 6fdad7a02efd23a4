import GazetteTerminal

extension KeyMap {
  /// The key help as a Markdown table, as docs/keys.md shows it (the `?` overlay's lines).
  var helpTableMarkdown: String {
    (["| Keys | Action |", "|---|---|"]
      + helpLines.map { "| \(Self.escaped($0.keys)) | \(Self.escaped($0.action)) |" })
      .joined(separator: "\n")
  }

  /// `text` with `|` escaped, so a key like `|` stays in its table cell.
  static func escaped(_ text: String) -> String {
    text.replacing("|", with: "\\|")
  }

  /// Every command with where it runs and its keys, as a Markdown table (docs/keys.md).
  ///
  /// One row per command and set of keys: contexts where a command has the same keys share
  /// a row. Every key is listed, the quiet aliases the help leaves out included.
  var commandTableMarkdown: String {
    var rows = ["| Command | Where | Keys | What it does |", "|---|---|---|---|"]
    for command in Command.allCases {
      var contextsOfKeys: [(keys: [Key], contexts: [KeyContext])] = []
      for context in KeyContext.allCases {
        let keys = keys(for: command, in: context)
        guard !keys.isEmpty else { continue }
        if let index = contextsOfKeys.firstIndex(where: { $0.keys == keys }) {
          contextsOfKeys[index].contexts.append(context)
        } else {
          contextsOfKeys.append((keys, [context]))
        }
      }
      for (keys, contexts) in contextsOfKeys {
        let keyNames = keys.map { "`\(Self.escaped($0.name))`" }.joined(separator: " ")
        let places = contexts.map(\.rawValue).joined(separator: ", ")
        rows.append("| `\(command.name)` | \(places) | \(keyNames) | \(command.help) |")
      }
    }
    return rows.joined(separator: "\n")
  }
}
