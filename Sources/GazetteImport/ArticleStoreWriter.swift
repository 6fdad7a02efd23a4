import Foundation
import Glibc

/// Writes imported articles into the target directory: atomically (a temporary file, fsync,
/// then a hard link for a new file or a rename over the old one, then the folder synced), never
/// over a file it did not write, and finding an article imported before by its id.
public final class ArticleStoreWriter {
  /// Why a write failed.
  public struct Failure: Error, CustomStringConvertible {
    /// The file or folder.
    public var path: String
    /// What went wrong.
    public var reason: String
    /// Plain words.
    public var description: String { "cannot write \(path): \(reason)" }
  }

  /// The target directory (`--into`).
  public let root: String
  /// Rewrite articles whose content changed (`--update`).
  public let update: Bool
  /// Decide and report only; write nothing (`--dry-run`).
  public let dryRun: Bool
  /// Id prefix → files (relative paths) already in the target whose names end with it.
  private var existing: [String: [String]]?
  private var temporaryCounter = 0

  /// Creates a writer for `root`.
  public init(root: String, update: Bool, dryRun: Bool) {
    self.root = root
    self.update = update
    self.dryRun = dryRun
  }

  /// Writes `article` (or decides what writing it would do) and says what happened.
  public func write(_ article: ImportedArticle) throws(Failure) -> WriteOutcome {
    let bytes = ArticleFileJSON.bytes(of: article)
    let prefix = String(article.id.prefix(FileNaming.idDigits))
    // An article imported before keeps its file, even if its date or title moved it since.
    for relative in existingFiles(withPrefix: prefix) {
      let path = join(root, relative)
      guard let current = readSmall(path), Self.isOurs(current, id: article.id) else { continue }
      if current == bytes { return .unchanged(path: relative) }
      guard update else {
        return .skipped(
          path: relative, reason: "changed since it was imported; --update rewrites it")
      }
      if !dryRun { try replace(path, with: bytes) }
      return .updated(path: relative)
    }
    let relative = FileNaming.relativePath(of: article)
    let path = join(root, relative)
    if let current = readSmall(path) ?? (exists(path) ? [] : nil) {
      if Self.isOurs(current, id: article.id) {
        return current == bytes ? .unchanged(path: relative) : .updated(path: relative)
      }
      return .skipped(path: relative, reason: "the file exists and gazette import did not write it")
    }
    if !dryRun {
      try createDirectories(for: relative)
      guard try createNew(path, with: bytes) else {
        return .skipped(
          path: relative, reason: "the file appeared while importing; it is left alone")
      }
      existing?[prefix, default: []].append(relative)
    }
    return .imported(path: relative)
  }

  /// Whether `bytes` are a file `gazette import` wrote for the article `id`.
  static func isOurs(_ bytes: [UInt8], id: String) -> Bool {
    var start: [UInt8] = []
    ArticleFileJSON.append(id, to: &start)
    start = Array("{\n  \"id\": ".utf8) + start + Array(",\n".utf8)
    var marker: [UInt8] = []
    ArticleFileJSON.append(ArticleFileJSON.markerValue, to: &marker)
    marker = Array(",\n  \"\(ArticleFileJSON.markerField)\": ".utf8) + marker + Array("\n}\n".utf8)
    return bytes.starts(with: start) && bytes.reversed().starts(with: marker.reversed())
  }

  // MARK: - Finding earlier imports

  private func existingFiles(withPrefix prefix: String) -> [String] {
    if existing == nil { existing = scan() }
    return existing?[prefix] ?? []
  }

  /// Every `*-XXXXXXXX.json` file under the root, by its id prefix.
  private func scan() -> [String: [String]] {
    var found: [String: [String]] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return found }
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".json") else { continue }
      let name = relative.split(separator: "/").last.map(String.init) ?? relative
      let stem = name.dropLast(5)
      guard let dash = stem.lastIndex(of: "-") else { continue }
      let prefix = stem[stem.index(after: dash)...]
      guard prefix.count == FileNaming.idDigits, prefix.allSatisfy(\.isHexDigit) else { continue }
      found[String(prefix), default: []].append(relative)
    }
    return found
  }

  // MARK: - File system

  private func join(_ directory: String, _ relative: String) -> String {
    directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
  }

  private func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// The file's bytes when it is a regular file of at most 64 MiB; nil otherwise.
  private func readSmall(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_size <= 64 << 20
    else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + done, $0.count - done)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      done += count
    }
    return Array(bytes.prefix(done))
  }

  private func createDirectories(for relative: String) throws(Failure) {
    var path = root
    if !exists(root) {
      try makeDirectory(root, parent: (root as NSString).deletingLastPathComponent)
    }
    let components = relative.split(separator: "/").dropLast()
    for component in components {
      let parent = path
      path = join(path, String(component))
      var status = stat()
      if stat(path, &status) == 0 {
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
          throw Failure(path: path, reason: "it exists and is not a folder")
        }
        continue
      }
      try makeDirectory(path, parent: parent)
    }
  }

  private func makeDirectory(_ path: String, parent: String) throws(Failure) {
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw Failure(path: path, reason: String(cString: strerror(errno)))
    }
    syncDirectory(parent.isEmpty ? "." : parent)
  }

  /// Writes a temporary file beside `path`, synced, and returns its path.
  private func temporary(beside path: String, bytes: [UInt8]) throws(Failure) -> String {
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    temporaryCounter += 1
    let temporaryPath = join(directory, ".\(name).\(getpid()).\(temporaryCounter).tmp")
    let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw Failure(path: temporaryPath, reason: String(cString: strerror(errno)))
    }
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress! + done, $0.count - done)
      }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporaryPath)
        throw Failure(path: path, reason: reason)
      }
      done += count
    }
    if fsync(descriptor) != 0 {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      unlink(temporaryPath)
      throw Failure(path: path, reason: reason)
    }
    close(descriptor)
    return temporaryPath
  }

  /// Creates `path` with `bytes`; false when a file appeared there meanwhile (never replaced).
  private func createNew(_ path: String, with bytes: [UInt8]) throws(Failure) -> Bool {
    let temporaryPath = try temporary(beside: path, bytes: bytes)
    defer { unlink(temporaryPath) }
    // link() fails on an existing name where rename() would replace it.
    if link(temporaryPath, path) != 0 {
      if errno == EEXIST { return false }
      throw Failure(path: path, reason: String(cString: strerror(errno)))
    }
    syncDirectory((path as NSString).deletingLastPathComponent)
    return true
  }

  private func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
    let temporaryPath = try temporary(beside: path, bytes: bytes)
    if rename(temporaryPath, path) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporaryPath)
      throw Failure(path: path, reason: reason)
    }
    syncDirectory((path as NSString).deletingLastPathComponent)
  }

  private func syncDirectory(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}
