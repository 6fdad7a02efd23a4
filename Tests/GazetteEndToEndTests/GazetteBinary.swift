import Foundation

/// Locates the `gazette` executable the end-to-end tests run.
enum GazetteBinary {
  /// The environment variable that names another binary to test, such as the release build
  /// users install (`GAZETTE_BINARY=.build/release/gazette swift test ...`).
  static let environmentVariable = "GAZETTE_BINARY"

  /// The path of the `gazette` executable under test: `$GAZETTE_BINARY` when set, else the one
  /// built with the tests.
  static var path: String {
    if let named = ProcessInfo.processInfo.environment[environmentVariable], !named.isEmpty {
      return URL(fileURLWithPath: named).standardizedFileURL.path
    }
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = testBinary.deletingLastPathComponent()
    // On Linux the test runner is `<products>/GazettePackageTests.xctest`.
    if directory.lastPathComponent.hasSuffix(".xctest") {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("gazette").path
  }

  /// The fixtures folder of the end-to-end tests.
  static var fixtures: String {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
  }

  /// An `XDG_CONFIG_HOME` that holds no config file, so tests never read the user's own.
  static let absentConfigHome = "/nonexistent/gazette-tests/config"
}
