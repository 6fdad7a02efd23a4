import ArgumentParser
import Foundation
import GazetteConfig
import GazetteText
import GazetteUI

/// `gazette config`: where the config file is, whether it is right, and a default to start from.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Check the config file, print a default one, or print where it is.",
    discussion: """
      The config file is $XDG_CONFIG_HOME/gazette/config.toml, else \
      ~/.config/gazette/config.toml; docs/config.md describes every setting. Options on the \
      command line win over the file, and the file over the defaults.
      """,
    subcommands: [Check.self, Default.self, Path.self]
  )

  /// `gazette config check [FILE]`.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Print every problem of the config file as `FILE:LINE:COLUMN: message`.",
      discussion: "Exit status 0 when the file has no problems (or does not exist), 1 otherwise."
    )

    @Argument(
      help: ArgumentHelp(
        "The file to check (default: the config file Gazette reads).", valueName: "file"))
    var file: String?

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let path = file ?? ConfigFile.defaultPath(environment: environment)
      let config = ConfigFile(
        path: path, catalog: ReaderKeyCatalog.catalog, home: environment["HOME"])
      var output = StandardOutput()
      let shownPath = TextLayout.sanitizeLine(path)
      guard config.exists else {
        if file != nil {
          TerminalOutput.printError("gazette: \(shownPath) does not exist.")
          throw ExitCode.failure
        }
        output.line("\(shownPath) does not exist: Gazette uses its defaults.")
        output.flush()
        return
      }
      for problem in config.problems {
        output.line(TextLayout.sanitizeLine(problem.formatted(file: path)))
      }
      let count = config.problems.count
      output.line(
        count == 0
          ? "\(shownPath): no problems"
          : "\(shownPath): \(count) \(count == 1 ? "problem" : "problems")")
      output.flush()
      if count > 0 { throw ExitCode.failure }
    }
  }

  /// `gazette config default`.
  struct Default: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "default",
      abstract: "Print a config file with every setting at its default, each explained.",
      discussion: "Start a config file with `gazette config default > \"$(gazette config path)\"`."
    )

    func run() throws {
      var output = StandardOutput()
      output.write(
        DefaultConfigFile.text(
          catalog: ReaderKeyCatalog.catalog,
          terminalBrowsers: ActionSettings.knownTerminalBrowsers.sorted()))
      output.flush()
    }
  }

  /// `gazette config path`.
  struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "path",
      abstract: "Print the path of the config file Gazette reads (whether or not it exists)."
    )

    func run() throws {
      var output = StandardOutput()
      output.line(ConfigFile.defaultPath(environment: ProcessInfo.processInfo.environment))
      output.flush()
    }
  }
}
