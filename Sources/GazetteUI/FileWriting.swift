import Glibc

/// Writing a file atomically: a temporary file in the same directory, `fsync`, then into place
/// (`link` when the file must not exist yet, `rename` to replace it), then `fsync` of the
/// directory, so a crash or kill -9 leaves either no file, the old one, or the whole new one.
enum FileWriting {
  /// How a write ended.
  enum Outcome: Hashable, Sendable {
    /// The file was written.
    case written
    /// The file exists and was left alone.
    case exists
    /// The write failed; the system's reason.
    case failed(String)
  }

  /// Writes `bytes` to `path`; an existing file is replaced only when `replacing` is true.
  static func write(_ bytes: [UInt8], to path: String, replacing: Bool) -> Outcome {
    let directory = Self.directory(of: path)
    var info = stat()
    if !replacing, stat(path, &info) == 0 { return .exists }
    var template = Array((directory + "/.gazette-save-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return .failed(Self.reason()) }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    // mkstemp makes the file 0600; a saved article is an ordinary document.
    _ = fchmod(descriptor, 0o644 & ~Self.umaskValue)
    guard writeAll(bytes, to: descriptor), fsync(descriptor) == 0 else {
      let reason = Self.reason()
      close(descriptor)
      unlink(temporary)
      return .failed(reason)
    }
    close(descriptor)
    if replacing {
      guard rename(temporary, path) == 0 else {
        let reason = Self.reason()
        unlink(temporary)
        return .failed(reason)
      }
    } else {
      // link fails with EEXIST instead of replacing a file that appeared meanwhile.
      let linked = link(temporary, path)
      let error = errno
      unlink(temporary)
      if linked != 0 {
        return error == EEXIST ? .exists : .failed(String(cString: strerror(error)))
      }
    }
    let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY)
    if directoryDescriptor >= 0 {
      _ = fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
    return .written
  }

  /// Writes all of `bytes`, retrying after signals; false on an error.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return true
    }
  }

  /// The directory part of `path` (`.` for a bare name).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let directory = String(path[..<slash])
    return directory.isEmpty ? "/" : directory
  }

  private static var umaskValue: mode_t {
    let value = umask(0o022)
    umask(value)
    return value
  }

  private static func reason() -> String { String(cString: strerror(errno)) }
}
