import Foundation
import Glibc

/// Remembers ETag and Last-Modified per URL in `$XDG_STATE_HOME/gazette/http-validators.tsv`
/// (one `URL<TAB>ETag<TAB>Last-Modified` line per URL), written atomically.
public final class ValidatorStore {
  /// The file.
  public let path: String
  private var entries: [String: HTTPValidators] = [:]
  private var changed = false

  /// The store under the state directory: `$XDG_STATE_HOME/gazette`, else
  /// `~/.local/state/gazette`.
  public static func standardPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/gazette/http-validators.tsv"
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + "/.local/state/gazette/http-validators.tsv"
  }

  /// Opens the store at `path` (a missing or unreadable file is an empty store).
  public init(path: String) {
    self.path = path
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { return }
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3, !fields[0].isEmpty else { continue }
      entries[fields[0]] = HTTPValidators(
        etag: fields[1].isEmpty ? nil : fields[1],
        lastModified: fields[2].isEmpty ? nil : fields[2])
    }
  }

  /// The validators remembered for `url`.
  public func validators(for url: String) -> HTTPValidators? { entries[url] }

  /// Remembers `validators` for `url` (saved by `save()`).
  public func remember(_ validators: HTTPValidators, for url: String) {
    func clean(_ value: String?) -> String? {
      value.map { $0.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" } }
    }
    let value = HTTPValidators(
      etag: clean(validators.etag), lastModified: clean(validators.lastModified))
    guard !url.contains("\t"), !url.contains("\n"), entries[url] != value else { return }
    entries[url] = value.isEmpty ? nil : value
    changed = true
  }

  /// Writes the store if it changed: a temporary file, fsync, rename, the folder synced.
  public func save() throws {
    guard changed else { return }
    let directory = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var text = ""
    for url in entries.keys.sorted() {
      let value = entries[url]!
      text += "\(url)\t\(value.etag ?? "")\t\(value.lastModified ?? "")\n"
    }
    let temporary = directory + "/.http-validators.\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    let bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress! + done, $0.count - done)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
      }
      done += count
    }
    fsync(descriptor)
    close(descriptor)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
    let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folder >= 0 {
      fsync(folder)
      close(folder)
    }
    changed = false
  }
}
