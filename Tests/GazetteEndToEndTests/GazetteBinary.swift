import Foundation

/// Locates the built `gazette` executable next to the test bundle and runs it.
enum GazetteBinary {
  /// The path of the `gazette` executable built with the tests.
  static var path: String {
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
