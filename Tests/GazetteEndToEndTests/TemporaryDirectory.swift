import Foundation

/// A directory that exists for the life of a test and is removed afterwards.
final class TemporaryDirectory {
  /// Its path.
  let path: String

  /// Creates a new empty directory under the system's temporary directory.
  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("gazette-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
