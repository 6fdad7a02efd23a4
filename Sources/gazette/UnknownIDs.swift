import GazetteText

/// Reports ids that no article in the data directory has, on standard error.
enum UnknownIDs {
  /// The most ids named one by one; the rest are counted.
  static let listedAtMost = 20

  /// Prints one line per unknown id (at most `listedAtMost`, then a count of the rest).
  static func report(_ ids: [String], directory: String) {
    guard !ids.isEmpty else { return }
    for id in ids.prefix(listedAtMost) {
      TerminalOutput.printError(
        "gazette: no article with id \"\(TextLayout.sanitizeLine(id))\" in "
          + "\(TextLayout.sanitizeLine(directory)).")
    }
    if ids.count > listedAtMost {
      TerminalOutput.printError("gazette: … and \(ids.count - listedAtMost) more unknown ids.")
    }
  }
}
