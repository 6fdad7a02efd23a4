import Foundation

/// A fresh directory under the system temporary folder, removed (with everything in it) when
/// the value goes away: the one temporary directory of every test target.
public final class TemporaryDirectory {
  /// Absolute path of the directory.
  public let path: String

  /// Creates an empty directory.
  public init() throws {
    path = NSTemporaryDirectory() + "gazette-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Creates a directory holding a copy of everything in the directory at `source`.
  public convenience init(copyingContentsOf source: String) throws {
    try self.init()
    for item in try FileManager.default.contentsOfDirectory(atPath: source) {
      try FileManager.default.copyItem(atPath: source + "/" + item, toPath: path + "/" + item)
    }
  }

  deinit {
    // Restore permissions the tests removed, so that everything can be deleted.
    if let enumerator = FileManager.default.enumerator(atPath: path) {
      for case let item as String in enumerator {
        chmod(path + "/" + item, 0o755)
      }
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `contents` to `relativePath`, creating folders as needed.
  public func write(_ relativePath: String, _ contents: String) throws {
    try write(relativePath, Array(contents.utf8))
  }

  /// Writes raw bytes to `relativePath`, creating folders as needed.
  public func write(_ relativePath: String, _ bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: path + "/" + relativePath)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Creates folders at `relativePath`.
  public func makeFolder(_ relativePath: String) throws {
    try FileManager.default.createDirectory(
      atPath: path + "/" + relativePath, withIntermediateDirectories: true)
  }

  /// Creates a symbolic link at `relativePath` pointing to `destination` (as written).
  public func link(_ relativePath: String, to destination: String) throws {
    try FileManager.default.createSymbolicLink(
      atPath: path + "/" + relativePath, withDestinationPath: destination)
  }
}
