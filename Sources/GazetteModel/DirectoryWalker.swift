import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Walks a data directory in path order and lists its `.json` files.
///
/// The walk is iterative (a stack of open folders, not recursion). It visits files in "path
/// order": the byte order of their paths relative to the data directory (within a folder, a
/// subfolder sorts as its name followed by `/`, which makes the depth-first walk agree with
/// sorting whole paths). Names starting with `.` are skipped; only names ending in
/// `.json` are files to load (a folder named `x.json` is walked as a folder). Symbolic links are
/// followed; each folder, identified by (device, inode), is walked once, so a link to a parent
/// folder cannot loop and a folder reached twice lists its files once.
struct DirectoryWalker {
  /// A folder being walked.
  private struct Frame {
    var relativePath: String
    var fullPath: String
    var entries: [FolderEntry]
    var next = 0
  }

  /// One name in a folder, with the type `readdir` reported.
  private struct FolderEntry {
    var name: [UInt8]
    var type: UInt8
    /// The name followed by `/` for a folder (or a link to one): sorting by it puts the walk
    /// in the byte order of whole relative paths.
    var sortKey: [UInt8]
  }

  /// Why a folder could not be listed.
  private struct FolderError: Error {
    var reason: String
  }

  /// The data directory.
  let root: String

  /// Walks the tree, calling `emit` for every entry in path order.
  func walk(_ emit: (WalkEntry) -> Void) {
    var rootStatus = stat()
    guard stat(root, &rootStatus) == 0 else {
      let reason = SystemErrorText.describe(errno)
      emit(.problem(LoadProblem(path: ".", message: "cannot open the data directory: \(reason)")))
      return
    }
    guard rootStatus.st_mode & S_IFMT == S_IFDIR else {
      emit(.problem(LoadProblem(path: ".", message: "the data directory is not a folder")))
      return
    }
    var visited: Set<FileIdentity> = [identity(of: rootStatus)]
    var stack: [Frame] = []
    switch listFolder(root) {
    case .success(let entries):
      stack.append(Frame(relativePath: "", fullPath: root, entries: entries))
    case .failure(let error):
      let message = "cannot read the data directory: \(error.reason)"
      emit(.problem(LoadProblem(path: ".", message: message)))
      return
    }

    while let top = stack.indices.last {
      guard stack[top].next < stack[top].entries.count else {
        stack.removeLast()
        continue
      }
      let entry = stack[top].entries[stack[top].next]
      stack[top].next += 1
      let parent = stack[top]
      let isJSONName = entry.name.count > 5 && entry.name.suffix(5).elementsEqual(".json".utf8)
      let name = String(validating: entry.name, as: UTF8.self)
      let shownName = name ?? String(decoding: entry.name, as: UTF8.self)
      let relativePath = DirectoryWalker.joined(parent.relativePath, shownName)

      var kind = entry.type
      var status = stat()
      let needsStatus =
        kind == UInt8(DT_LNK) || kind == UInt8(DT_UNKNOWN) || kind == UInt8(DT_DIR)
      if needsStatus {
        guard statEntry(folder: parent.fullPath, name: entry.name, into: &status) else {
          let reason = SystemErrorText.describe(errno)
          if isJSONName {
            let what = kind == UInt8(DT_LNK) ? "broken symbolic link" : "cannot read this file"
            emit(.problem(LoadProblem(path: relativePath, message: "\(what): \(reason)")))
          }
          continue
        }
        kind = direntKind(of: status)
      }

      if kind == UInt8(DT_DIR) {
        guard visited.insert(identity(of: status)).inserted else { continue }
        guard let name else {
          let message = "the folder name is not valid UTF-8; rename it to load the files in it"
          emit(.problem(LoadProblem(path: relativePath, message: message)))
          continue
        }
        let fullPath = parent.fullPath + "/" + name
        switch listFolder(fullPath) {
        case .success(let entries):
          stack.append(Frame(relativePath: relativePath, fullPath: fullPath, entries: entries))
        case .failure(let error):
          let message = "cannot read this folder: \(error.reason)"
          emit(.problem(LoadProblem(path: relativePath, message: message)))
        }
        continue
      }
      guard isJSONName else { continue }
      guard name != nil else {
        let message = "the file name is not valid UTF-8; rename it to load it"
        emit(.problem(LoadProblem(path: relativePath, message: message)))
        continue
      }
      if kind == UInt8(DT_REG) {
        emit(.file(relativePath: relativePath))
      } else {
        let message = "not a regular file (\(describe(kind))); it is skipped"
        emit(.problem(LoadProblem(path: relativePath, message: message)))
      }
    }
  }

  /// `folder/name` (or `name` at the top), stored without spare capacity: paths are kept by
  /// every article, so concatenation's growth slack would add up.
  private static func joined(_ folder: String, _ name: String) -> String {
    if folder.isEmpty { return name }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(folder.utf8.count + 1 + name.utf8.count)
    bytes.append(contentsOf: folder.utf8)
    bytes.append(UInt8(ascii: "/"))
    bytes.append(contentsOf: name.utf8)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `stat` (following links) of `name` in `folder`, built from raw bytes so that a name that
  /// is not UTF-8 is still found.
  private func statEntry(folder: String, name: [UInt8], into status: inout stat) -> Bool {
    var path = Array(folder.utf8)
    path.append(UInt8(ascii: "/"))
    path.append(contentsOf: name)
    path.append(0)
    return path.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { text in
        guard let start = text.baseAddress else { return false }
        return stat(start, &status) == 0
      }
    }
  }

  private func identity(of status: stat) -> FileIdentity {
    FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
  }

  private func direntKind(of status: stat) -> UInt8 {
    switch status.st_mode & S_IFMT {
    case S_IFDIR: return UInt8(DT_DIR)
    case S_IFREG: return UInt8(DT_REG)
    case S_IFIFO: return UInt8(DT_FIFO)
    case S_IFSOCK: return UInt8(DT_SOCK)
    case S_IFCHR: return UInt8(DT_CHR)
    case S_IFBLK: return UInt8(DT_BLK)
    default: return UInt8(DT_UNKNOWN)
    }
  }

  private func describe(_ kind: UInt8) -> String {
    switch Int32(kind) {
    case Int32(DT_FIFO): return "a named pipe"
    case Int32(DT_SOCK): return "a socket"
    case Int32(DT_CHR), Int32(DT_BLK): return "a device"
    default: return "an unknown kind of file"
    }
  }

  /// The visible names in a folder with their types, in byte order.
  private func listFolder(_ path: String) -> Result<[FolderEntry], FolderError> {
    guard let directory = opendir(path) else {
      return .failure(FolderError(reason: SystemErrorText.describe(errno)))
    }
    defer { closedir(directory) }
    var entries: [FolderEntry] = []
    while let entry = readdir(directory) {
      let type = entry.pointee.d_type
      let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw -> [UInt8] in
        let bytes = raw.bindMemory(to: UInt8.self)
        let length = bytes.firstIndex(of: 0) ?? bytes.count
        return Array(bytes[..<length])
      }
      guard let first = name.first, first != UInt8(ascii: ".") else { continue }
      var isFolder = type == UInt8(DT_DIR)
      if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
        var status = stat()
        isFolder =
          statEntry(folder: path, name: name, into: &status) && status.st_mode & S_IFMT == S_IFDIR
      }
      let sortKey = isFolder ? name + [UInt8(ascii: "/")] : name
      entries.append(FolderEntry(name: name, type: type, sortKey: sortKey))
    }
    entries.sort { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }
    return .success(entries)
  }
}
