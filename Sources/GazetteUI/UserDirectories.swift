/// The user's well-known folders from `user-dirs.dirs`, the file `xdg-user-dirs-update` writes
/// (`$XDG_CONFIG_HOME/user-dirs.dirs`, else `~/.config/user-dirs.dirs`).
///
/// Desktops keep the download folder there, often under a translated name (`~/下载`,
/// `~/ダウンロード`), and do not export it to the environment; reading the file is what
/// `xdg-user-dir DOWNLOAD` does.
public struct UserDirectories: Hashable, Sendable {
  /// The folders by name without the prefix and suffix: `DOWNLOAD`, `DOCUMENTS`, ….
  public var folders: [String: String]

  /// Reads the text of a `user-dirs.dirs` file.
  ///
  /// Lines are `XDG_NAME_DIR="$HOME/folder"` or `XDG_NAME_DIR="/absolute/folder"`, the only
  /// two forms the format allows; comments, other lines, relative paths and a folder that is
  /// the home directory itself (the spec's way to say "none") are left out.
  public init(text: String, home: String?) {
    var folders: [String: String] = [:]
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
      guard line.hasPrefix("XDG_"), let equals = line.firstIndex(of: "=") else { continue }
      let key = line[line.index(line.startIndex, offsetBy: 4)..<equals]
      guard key.hasSuffix("_DIR"), key.count > 4 else { continue }
      var value = line[line.index(after: equals)...].trimmingSpacesAtEnd()
      guard value.count >= 2, value.first == "\"", value.last == "\"" else { continue }
      value = value.dropFirst().dropLast()
      var path = Self.unescaped(value)
      if path.hasPrefix("$HOME") {
        guard let home, !home.isEmpty else { continue }
        let rest = path.dropFirst(5)
        guard rest.isEmpty || rest.hasPrefix("/") else { continue }
        if rest.isEmpty || rest == "/" { continue }
        path = (home.hasSuffix("/") ? String(home.dropLast()) : home) + rest
      } else if !path.hasPrefix("/") {
        continue
      }
      folders[String(key.dropLast(4))] = path
    }
    self.folders = folders
  }

  /// The download folder, if the file names one.
  public var download: String? { folders["DOWNLOAD"] }

  /// The value with its shell escapes (`\"`, `\\`, `\$`) undone.
  private static func unescaped(_ value: Substring) -> String {
    var result = ""
    var escaping = false
    for character in value {
      if escaping {
        result.append(character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}

extension Substring {
  /// The text without spaces, tabs or a carriage return at its end.
  fileprivate func trimmingSpacesAtEnd() -> Substring {
    var text = self
    while let last = text.last, last == " " || last == "\t" || last == "\r" {
      text = text.dropLast()
    }
    return text
  }
}
