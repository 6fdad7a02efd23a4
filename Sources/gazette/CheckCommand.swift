import ArgumentParser

/// `gazette check`. STUB (skeleton).
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "STUB")

  @OptionGroup var dataOptions: DataOptions

  func run() throws {}
}
