import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads whole files into one reusable buffer, within a size limit, without ever blocking on
/// something that is not a regular file.
///
/// Each load worker owns one reader, so a 100,000-file load allocates a handful of buffers.
final class FileContentsReader {
  /// What reading a file gave.
  enum Outcome {
    /// The bytes (valid until the next read) and the file's identity.
    case contents(UnsafeBufferPointer<UInt8>, FileIdentity)
    /// Why the file could not be read, in plain words.
    case failure(String)
    /// The file is larger than the limit; its size when known.
    case tooLarge(Int)
  }

  private var buffer: UnsafeMutableRawPointer?
  private var capacity = 0

  deinit {
    buffer?.deallocate()
  }

  /// Reads the file at `path`, accepting at most `limit` bytes.
  func read(path: String, limit: Int) -> Outcome {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else {
      return .failure("cannot open the file: \(SystemErrorText.describe(errno))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .failure("cannot read the file: \(SystemErrorText.describe(errno))")
    }
    guard status.st_mode & S_IFMT == S_IFREG else {
      return .failure("not a regular file any more; it is skipped")
    }
    let identity = FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    let expected = Int(status.st_size)
    if expected > limit { return .tooLarge(expected) }
    // One byte more than expected shows at once whether the file grew while being read.
    reserve(min(expected, limit) + 1, keeping: 0)
    var total = 0
    while true {
      if total == capacity {
        if total > limit { break }
        reserve(min(max(capacity * 2, 4096), limit + 1), keeping: total)
      }
      guard let buffer else { return .failure("cannot read the file: out of memory") }
      let requested = capacity - total
      let count = Glibc.read(descriptor, buffer + total, requested)
      if count < 0 {
        if errno == EINTR { continue }
        return .failure("cannot read the file: \(SystemErrorText.describe(errno))")
      }
      if count == 0 { break }
      total += count
      if total > limit { break }
      // A short read of a regular file that gave every byte `fstat` announced is its end:
      // this saves the extra `read` that would return 0, one system call per file.
      if count < requested && total >= expected { break }
    }
    if total > limit { return .tooLarge(total) }
    guard let buffer else { return .contents(UnsafeBufferPointer(start: nil, count: 0), identity) }
    let bytes = buffer.bindMemory(to: UInt8.self, capacity: total)
    return .contents(UnsafeBufferPointer(start: bytes, count: total), identity)
  }

  /// Makes room for `size` bytes, keeping the first `kept` bytes already read.
  private func reserve(_ size: Int, keeping kept: Int) {
    guard size > capacity else { return }
    let newSize = max(size, 64 * 1024)
    let newBuffer = UnsafeMutableRawPointer.allocate(byteCount: newSize, alignment: 16)
    if let buffer {
      newBuffer.copyMemory(from: buffer, byteCount: min(kept, capacity))
      buffer.deallocate()
    }
    buffer = newBuffer
    capacity = newSize
  }
}
