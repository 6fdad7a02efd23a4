import ArgumentParser

/// `gazette show`. STUB (skeleton).
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "STUB")

  @OptionGroup var dataOptions: DataOptions

  func run() throws {}
}
