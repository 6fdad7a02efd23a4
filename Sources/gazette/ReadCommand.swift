import ArgumentParser

/// `gazette read`. STUB (skeleton).
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "read", abstract: "STUB")

  @OptionGroup var dataOptions: DataOptions

  func run() throws {}
}
