import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What tells that a file changed without reading it: size, modification time, inode and
/// device (as `stat` gives them, links followed).
public struct FileStamp: Hashable, Sendable {
  /// Size in bytes.
  public var size: Int64
  /// Modification time in nanoseconds since the epoch.
  public var modified: Int64
  /// Inode number.
  public var inode: UInt64
  /// Device number.
  public var device: UInt64

  /// Creates a stamp.
  public init(size: Int64, modified: Int64, inode: UInt64, device: UInt64) {
    self.size = size
    self.modified = modified
    self.inode = inode
    self.device = device
  }

  /// The stamp of the file at `path`; `nil` when it cannot be examined.
  public init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    self.init(status: status)
  }

  init(status: stat) {
    size = Int64(status.st_size)
    modified = Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)
    inode = UInt64(status.st_ino)
    device = UInt64(status.st_dev)
  }
}
