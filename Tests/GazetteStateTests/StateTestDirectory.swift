import Foundation

/// A temporary directory for one test, removed afterwards (made writable first, so a test
/// that took write permission away cannot leave it behind).
final class StateTestDirectory {
  /// Its path.
  let path: String

  /// Creates a new empty directory under the system's temporary directory.
  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("gazette-state-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// A data directory inside this directory (beside the state directory, not above it).
  var data: String {
    let data = path + "/data"
    try? FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    return data
  }

  /// An environment whose state directory is inside this directory.
  var environment: [String: String] { ["XDG_STATE_HOME": path + "/state", "HOME": path] }

  deinit {
    if let walker = FileManager.default.enumerator(atPath: path) {
      for case let relative as String in walker {
        chmod(path + "/" + relative, 0o700)
      }
    }
    try? FileManager.default.removeItem(atPath: path)
  }
}
