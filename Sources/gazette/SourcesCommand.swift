import ArgumentParser

/// `gazette sources`. STUB (skeleton).
struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "sources", abstract: "STUB")

  @OptionGroup var dataOptions: DataOptions

  func run() throws {}
}
