import Foundation

/// Writes a file so that a reader (or a crash) sees the old contents or the new, never half.
enum AtomicFile {
  /// A failed write, naming the file and the reason.
  struct WriteError: Error, CustomStringConvertible {
    /// The message.
    let description: String
  }

  /// Writes `bytes` to a temporary file beside `path`, syncs it, renames it over `path` and
  /// syncs the directory.
  static func write(_ bytes: [UInt8], to path: String) throws {
    let directory = (path as NSString).deletingLastPathComponent
    let temporary =
      (directory.isEmpty ? "" : directory + "/") + ".\((path as NSString).lastPathComponent)"
      + ".tmp-\(getpid())"
    func failure(_ action: String) -> WriteError {
      WriteError(description: "cannot \(action) \(path): \(String(cString: strerror(errno)))")
    }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure("write") }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { raw in
        Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let error = failure("write")
        close(descriptor)
        unlink(temporary)
        throw error
      }
      offset += written
    }
    guard fsync(descriptor) == 0 else {
      let error = failure("write")
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let error = failure("replace")
      unlink(temporary)
      throw error
    }
    let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY)
    if directoryDescriptor >= 0 {
      fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }
}
