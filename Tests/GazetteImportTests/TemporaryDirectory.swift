import Foundation

/// A directory that exists for the life of a test and is removed afterwards.
final class TemporaryDirectory {
  /// Its path.
  let path: String

  /// Creates a new empty directory under the system's temporary directory.
  init() throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("gazette-import-test-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `text` to `name` inside the directory and returns the file's path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  /// Writes `bytes` to `name` inside the directory and returns the file's path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    return file
  }

  /// Every regular file below the directory, relative, sorted.
  func files() -> [String] {
    (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
      .filter { relative in
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory)
        return !isDirectory.boolValue
      }
      .sorted()
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}
