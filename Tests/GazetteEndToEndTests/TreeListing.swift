import Foundation

/// Every file and directory under a root with its size, modification time and mode: two equal
/// listings mean nothing under the root was added, removed or written.
enum TreeListing {
  /// The listing of `root`, one line per entry, sorted by path.
  static func of(_ root: String) throws -> [String] {
    var lines: [String] = []
    func describe(_ path: String, _ relative: String) {
      var status = stat()
      guard lstat(path, &status) == 0 else { return }
      lines.append(
        "\(relative) mode=\(String(status.st_mode, radix: 8)) size=\(status.st_size) "
          + "mtime=\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) ino=\(status.st_ino)")
    }
    describe(root, ".")
    let walker = FileManager.default.enumerator(atPath: root)
    while let relative = walker?.nextObject() as? String {
      describe(root + "/" + relative, relative)
    }
    return lines.sorted()
  }

  /// Takes write permission away from everything under `root` (or gives it back).
  static func setWritable(_ root: String, _ writable: Bool) {
    var paths = [root]
    let walker = FileManager.default.enumerator(atPath: root)
    while let relative = walker?.nextObject() as? String { paths.append(root + "/" + relative) }
    for path in paths {
      var status = stat()
      guard lstat(path, &status) == 0 else { continue }
      let isDirectory = (status.st_mode & S_IFMT) == S_IFDIR
      chmod(path, writable ? (isDirectory ? 0o755 : 0o644) : (isDirectory ? 0o555 : 0o444))
    }
  }
}
