import Foundation
import GazetteTestSupport

extension TemporaryDirectory {
  /// Writes `text` to `name` inside the directory and returns the file's path.
  @discardableResult
  func file(_ name: String, _ text: String) throws -> String {
    try write(name, text)
    return path + "/" + name
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
}
