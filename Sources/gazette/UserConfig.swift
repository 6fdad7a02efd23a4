import ArgumentParser
import Foundation
import GazetteConfig
import GazetteText

/// The user's config file, read once per run, refused with its problems when broken.
enum UserConfig {
  /// The config file at its usual place (`$XDG_CONFIG_HOME/gazette/config.toml`).
  static func file() -> ConfigFile {
    ConfigFile.load(
      environment: ProcessInfo.processInfo.environment, catalog: ReaderKeyCatalog.catalog)
  }

  /// The config file, read; when it has problems, prints every one and stops.
  ///
  /// A broken file is refused rather than half applied: a mistyped key binding would leave a
  /// command without its key, with nothing to tell the user why.
  static func checkedFile() throws -> ConfigFile {
    let file = file()
    guard file.problems.isEmpty else {
      for problem in file.problems {
        TerminalOutput.printError(TextLayout.sanitizeLine(problem.formatted(file: file.path)))
      }
      let count = file.problems.count
      TerminalOutput.printError(
        "gazette: the config file has \(count) \(count == 1 ? "problem" : "problems"); fix "
          + "\(count == 1 ? "it" : "them") (`gazette config check` checks again), or move the "
          + "file away to use the defaults.")
      throw ExitCode.failure
    }
    return file
  }
}
