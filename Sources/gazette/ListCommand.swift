import ArgumentParser

/// `gazette list`. STUB (skeleton).
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "STUB")

  @OptionGroup var dataOptions: DataOptions

  func run() throws {}
}
