import ArgumentParser
import Foundation

/// The `--data` option every command shares, with its environment and default fallbacks.
struct DataOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The directory of article JSON files (default: $GAZETTE_DATA, else ./data).",
      valueName: "dir"))
  var data: String?

  /// The data directory to use: `--data`, then `GAZETTE_DATA`, then `./data` when it exists.
  func resolvedDirectory() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let data { return try checked(data, from: "--data") }
    if let fromEnvironment = environment["GAZETTE_DATA"], !fromEnvironment.isEmpty {
      return try checked(fromEnvironment, from: "GAZETTE_DATA")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: "data", isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return "data"
    }
    throw ValidationError(
      "No data directory: there is no ./data here. Point Gazette at your articles with "
        + "--data DIR or the GAZETTE_DATA environment variable.")
  }

  private func checked(_ path: String, from origin: String) throws -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ValidationError("\(path) (from \(origin)) does not exist.")
    }
    guard isDirectory.boolValue else {
      throw ValidationError("\(path) (from \(origin)) is not a directory.")
    }
    return path
  }
}
