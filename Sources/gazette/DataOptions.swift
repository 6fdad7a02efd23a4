import ArgumentParser
import Foundation
import GazetteConfig

/// The `--data` option every command shares, with its environment and default fallbacks.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The directory of article JSON files (default: $GAZETTE_DATA, else `data` in the "
        + "config file, else ./data).",
      valueName: "dir"))
  var data: String?

  /// The data directory the command reads.
  ///
  /// `--data`, then `GAZETTE_DATA`, then the config file's `data`, then `./data` when it
  /// exists. A config file with problems stops the command first.
  func resolvedDirectory() throws -> String {
    try resolved().directory
  }

  /// The data directory and the settings the command runs with: the defaults, then the config
  /// file, then the command line (`--data`, else `GAZETTE_DATA`).
  func resolved() throws -> (directory: String, settings: Settings) {
    let environment = ProcessInfo.processInfo.environment
    let config = try UserConfig.checkedFile()
    var commandLine = SettingsOverrides()
    var origin = "data in \(config.path)"
    if let data {
      commandLine.dataDirectory = data
      origin = "--data"
    } else if let fromEnvironment = environment["GAZETTE_DATA"], !fromEnvironment.isEmpty {
      commandLine.dataDirectory = fromEnvironment
      origin = "GAZETTE_DATA"
    }
    var settings = Settings.merged(file: config.settings, commandLine: commandLine)
    if let directory = settings.dataDirectory {
      return (try checked(directory, from: origin), settings)
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: "data", isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      settings.dataDirectory = "data"
      return ("data", settings)
    }
    throw UsageError(
      "No data directory: there is no ./data here. Point Gazette at your articles with "
        + "--data DIR, the GAZETTE_DATA environment variable, or `data` in the config file.")
  }

  private func checked(_ path: String, from origin: String) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw UsageError("\(path) (from \(origin)) does not exist.")
    }
    guard isDirectory.boolValue else {
      throw UsageError("\(path) (from \(origin)) is not a directory.")
    }
    return path
  }
}
