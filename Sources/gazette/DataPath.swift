/// Paths of files in the data directory as every command prints them: usable from the current
/// directory, so `check`, `list --json` and the hints agree and can be copied into a shell.
enum DataPath {
  /// `relative` (a path inside `directory`) as a path from the current directory.
  static func path(_ relative: String, in directory: String) -> String {
    if directory == "." || directory == "./" { return relative }
    return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
  }

  /// `text` quoted for a POSIX shell when it needs it.
  static func shellQuoted(_ text: String) -> String {
    let plain =
      !text.isEmpty
      && text.unicodeScalars.allSatisfy { scalar in
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "_./-+,:@%".unicodeScalars.contains(scalar)
      }
    if plain { return text }
    return "'"
      + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''")
      + "'"
  }
}
