import Foundation

/// Where the reading state of a data directory lives: one SQLite file per data directory under
/// `$XDG_STATE_HOME/gazette/` (default `~/.local/state/gazette/`), never inside the data
/// directory.
public struct StateLocation: Hashable, Sendable {
  /// The state directory, `…/gazette`.
  public let directory: String
  /// The store file for the data directory.
  public let storePath: String
  /// The data directory's real path (symbolic links resolved), which names the store.
  public let dataDirectory: String

  /// The location for `dataDirectory`, with the state directory taken from `environment`.
  ///
  /// The store is named after the data directory's last component and a hash of its real
  /// path (`data-1f0c…e2.sqlite`), so a symbolic link or a relative path finds the same store
  /// and two directories with the same name do not share one.
  public init(dataDirectory: String, environment: [String: String]) {
    let realPath = Self.realPath(dataDirectory)
    self.dataDirectory = realPath
    directory = Self.stateDirectory(environment: environment)
    storePath = directory + "/" + Self.storeName(forRealPath: realPath)
  }

  /// Whether the state directory is the data directory or inside it (an `XDG_STATE_HOME`
  /// pointed there): Gazette then keeps no store, since it never writes the data directory.
  public var isInsideDataDirectory: Bool {
    // The state directory may not exist yet: resolve its nearest existing ancestor.
    var existing = directory
    var rest: [String] = []
    while !FileManager.default.fileExists(atPath: existing), existing.count > 1 {
      rest.insert((existing as NSString).lastPathComponent, at: 0)
      existing = (existing as NSString).deletingLastPathComponent
    }
    let resolved = ([Self.realPath(existing)] + rest).joined(separator: "/")
    return resolved == dataDirectory || resolved.hasPrefix(dataDirectory + "/")
      || dataDirectory == "/"
  }

  /// `$XDG_STATE_HOME/gazette`, or `$HOME/.local/state/gazette` when it is unset, empty or
  /// relative (as the XDG base directory specification says).
  public static func stateDirectory(environment: [String: String]) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/gazette"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/state/gazette"
  }

  /// The file name of the store for a data directory's real path.
  static func storeName(forRealPath path: String) -> String {
    let last = path.split(separator: "/").last.map(String.init) ?? "root"
    var readable = String(
      String.UnicodeScalarView(
        last.unicodeScalars.prefix(40).map {
          $0.isASCII
            && ($0.properties.isAlphabetic || $0.properties.numericType != nil
              || "-_.".unicodeScalars.contains($0))
            ? $0 : "_"
        }))
    if readable.hasPrefix(".") { readable = "_" + readable.dropFirst() }
    // FNV-1a over the path's bytes: stable across runs and machines, unlike `Hasher`.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in path.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return readable + "-" + String(repeating: "0", count: 16 - hex.count) + hex + ".sqlite"
  }

  /// `path` with symbolic links, `.` and `..` resolved; `path` made absolute when that fails.
  static func realPath(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    return URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
