import ArgumentParser
import Foundation

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
    let environment = ProcessInfo.processInfo.environment
    let config = try UserConfig.checkedFile()
    if let data { return try checked(data, from: "--data") }
    if let fromEnvironment = environment["GAZETTE_DATA"], !fromEnvironment.isEmpty {
      return try checked(fromEnvironment, from: "GAZETTE_DATA")
    }
    if let fromConfig = config.settings.dataDirectory {
      return try checked(fromConfig, from: "data in \(config.path)")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: "data", isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return "data"
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
