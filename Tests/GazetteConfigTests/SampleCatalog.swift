import GazetteConfig
import GazetteTerminal

/// A small key map in the shape the reader supplies: three contexts, commands shared by some.
enum SampleCatalog {
  static func keys(_ names: String...) -> [Key] {
    names.map { try! Key(configName: $0) }
  }

  static let catalog = KeyCommandCatalog(
    contexts: ["list", "reader", "prompt"],
    commands: [
      .init(name: "down", context: "list", defaultKeys: keys("Down", "j"), summary: "next row"),
      .init(name: "up", context: "list", defaultKeys: keys("Up", "k"), summary: "previous row"),
      .init(name: "open", context: "list", defaultKeys: keys("Enter", "l"), summary: "read it"),
      .init(name: "search", context: "list", defaultKeys: keys("/"), summary: "search"),
      .init(name: "quit", context: "list", defaultKeys: keys("q"), summary: "quit"),
      .init(name: "down", context: "reader", defaultKeys: keys("Down", "j"), summary: "scroll"),
      .init(name: "next-match", context: "reader", defaultKeys: keys("n"), summary: "next match"),
      .init(
        name: "back", context: "reader", defaultKeys: keys("Left", "h", "Escape"), summary: "back"),
      .init(name: "quit", context: "reader", defaultKeys: keys("q"), summary: "quit"),
      .init(name: "accept", context: "prompt", defaultKeys: keys("Enter"), summary: "keep it"),
      .init(name: "cancel", context: "prompt", defaultKeys: keys("Escape"), summary: "clear it"),
    ])
}
