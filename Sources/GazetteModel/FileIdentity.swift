/// The (device, inode) pair that names a file or folder whatever path reaches it.
struct FileIdentity: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
}
