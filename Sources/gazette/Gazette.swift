import ArgumentParser
import GazetteConfig
import GazetteText

/// The `gazette` command: a terminal reader for civic announcements.
@main
struct Gazette: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "A terminal reader for civic announcements.",
    version: "0.1.0",
    subcommands: [
      ReadCommand.self, ListCommand.self, ShowCommand.self, SourcesCommand.self,
      CheckCommand.self, IndexCommand.self, MarkCommand.self, StateCommand.self,
      ConfigCommand.self, ImportCommand.self,
    ],
    defaultSubcommand: ReadCommand.self
  )

  /// The names a first argument may be: the subcommands and `help`.
  static var commandNames: [String] {
    configuration.subcommands.map { $0._commandName } + ["help"]
  }

  /// Runs the command line, reporting a mistyped command and `UsageError`s in one line each,
  /// without the generic usage summary the argument parser would add.
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) {
      // `read` takes no positional arguments, so a first word is always meant as a command.
      var message = "gazette: unknown command \"\(TextLayout.sanitizeLine(first))\""
      if let suggestion = Suggestion.closest(to: first, among: commandNames) {
        message += "; did you mean \"\(suggestion)\"?"
      } else {
        message += ". Commands: \(commandNames.dropLast().joined(separator: ", "))."
      }
      TerminalOutput.printError(message)
      exit(withError: ExitCode.validationFailure)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch let error as UsageError {
      exit(withError: error.report())
    } catch {
      exit(withError: error)
    }
  }
}
