import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where the index of one data directory lives: a folder under `$XDG_CACHE_HOME/gazette/index/`
/// (default `~/.cache/gazette/index/`) named after the directory's real path, holding the
/// index files and a `current` file that names the one in use.
public struct IndexLocation: Hashable, Sendable {
  /// The data directory's real path (links resolved), which keys the index.
  public let directory: String
  /// The folder holding this directory's index.
  public let folder: String

  /// The location for the data directory at `path`, under the cache folder the environment
  /// names; `nil` when the directory's real path cannot be found.
  public init?(dataDirectory path: String, environment: [String: String]) {
    guard let real = realpath(path, nil) else { return nil }
    defer { free(real) }
    let directory = String(cString: real)
    self.init(realDirectory: directory, cacheHome: IndexLocation.cacheHome(environment))
  }

  /// The location for `realDirectory` under the cache folder `cacheHome`.
  public init(realDirectory: String, cacheHome: String) {
    directory = realDirectory
    let name = realDirectory.split(separator: "/").last.map(String.init) ?? "root"
    let readable = String(
      name.unicodeScalars.map { scalar -> Character in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
          ? Character(scalar) : "_"
      }
      .prefix(40))
    folder = cacheHome + "/gazette/index/" + readable + "-" + IndexLocation.hash(realDirectory)
  }

  /// `$XDG_CACHE_HOME` when it is an absolute path, else `$HOME/.cache`.
  public static func cacheHome(_ environment: [String: String]) -> String {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.cache"
  }

  /// The file naming the index in use.
  public var currentFile: String { folder + "/current" }

  /// 64-bit FNV-1a of the UTF-8 of `text`, in hex: stable across runs and machines.
  static func hash(_ text: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
