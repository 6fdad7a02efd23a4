import ArgumentParser

/// The `gazette` command: a terminal reader for civic announcements.
@main
struct Gazette: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A terminal reader for civic announcements.",
    version: "0.1.0",
    subcommands: [
      ReadCommand.self, ListCommand.self, ShowCommand.self, SourcesCommand.self,
      CheckCommand.self, MarkCommand.self, StateCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )
}
