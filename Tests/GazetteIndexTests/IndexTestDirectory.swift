import Foundation

/// A fresh folder under the system temporary folder (a data directory or a cache home),
/// removed when the value goes away.
final class IndexTestDirectory {
  /// Absolute path of the folder.
  let path: String

  /// Creates an empty folder.
  init() throws {
    path = NSTemporaryDirectory() + "gazette-index-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `contents` to `relativePath`, creating folders as needed.
  func write(_ relativePath: String, _ contents: String) throws {
    let url = URL(fileURLWithPath: path + "/" + relativePath)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url)
  }
}
