import ArgumentParser
import Foundation
import GazetteIndex
import GazetteModel
import GazetteText

/// `gazette index`: where the data directory's index is, how big and how fresh it is;
/// rebuilds or removes it.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Show the index of the data directory: where it is, its size and freshness.",
    discussion: """
      The index is a cache under $XDG_CACHE_HOME/gazette/index/ (default ~/.cache/gazette/index/) \
      that lets the commands start without reading every file and search bodies quickly. Each \
      command brings it up to date with the directory first. Deleting it loses nothing.
      """
  )

  @OptionGroup var dataOptions: DataOptions

  @Flag(name: .long, help: "Build the index again from the files.")
  var rebuild = false

  @Flag(name: .long, help: "Delete the index of this data directory.")
  var remove = false

  func validate() throws {
    if rebuild && remove { throw ValidationError("--rebuild and --remove cannot be combined.") }
  }

  func run() throws {
    let directory = try dataOptions.resolvedDirectory()
    guard
      let location = IndexLocation(
        dataDirectory: directory, environment: ProcessInfo.processInfo.environment)
    else {
      throw ValidationError("cannot find the real path of \(directory).")
    }
    var output = StandardOutput()
    let shownDirectory = TextLayout.sanitizeLine(location.directory)
    if remove {
      try ArticleIndex.remove(at: location)
      output.line("Removed the index of \(shownDirectory) (\(location.folder)).")
      output.flush()
      return
    }
    let scanner = DirectoryScanner(root: directory)
    if rebuild {
      let clock = ContinuousClock()
      let start = clock.now
      do {
        let index = try ArticleIndex.build(at: location, scanner: scanner)
        let status = try index.status()
        let seconds = (clock.now - start) / .milliseconds(1) / 1000
        output.line(
          "Rebuilt the index of \(shownDirectory): \(GroupedNumber.format(status.articles)) "
            + "articles from \(GroupedNumber.format(status.files)) files in "
            + String(format: "%.1f", seconds) + " s.")
      } catch {
        output.flush()
        TerminalOutput.printError("gazette: \(error)")
        throw ExitCode.failure
      }
    }
    try printStatus(of: location, scanner: scanner, to: &output)
    output.flush()
  }

  private func printStatus(
    of location: IndexLocation, scanner: DirectoryScanner, to output: inout StandardOutput
  ) throws {
    let shownDirectory = TextLayout.sanitizeLine(location.directory)
    let index: ArticleIndex
    do {
      guard let existing = try ArticleIndex.openExisting(at: location) else {
        if let reason = IndexCommand.unwritableReason(location.folder) {
          output.line(
            "No index of \(shownDirectory): \(location.folder) cannot be created (\(reason)); "
              + "commands read the files without an index.")
          return
        }
        output.line(
          "No index of \(shownDirectory) yet: the next `gazette list`, `show` or `sources` "
            + "builds one in \(location.folder) (or run `gazette index --rebuild`).")
        return
      }
      index = existing
    } catch {
      output.line(
        "The index of \(shownDirectory) in \(location.folder) cannot be used: \(error); "
          + "the next command rebuilds it.")
      throw ExitCode.failure
    }
    let status = try index.status()
    let listing = scanner.list()
    let corpusBytes = listing.files.reduce(0) { $0 + Int($1.stamp?.size ?? 0) }
    let changes = try index.pendingChanges(in: listing)
    output.line("Index of \(shownDirectory)")
    output.line("  file     \(status.path)")
    var size = "  size     \(IndexCommand.bytes(status.bytes))"
    if corpusBytes > 0 {
      size +=
        " for \(IndexCommand.bytes(corpusBytes)) of JSON ("
        + String(format: "%.2f", Double(status.bytes) / Double(corpusBytes)) + "×)"
    }
    output.line(size)
    output.line(
      "  holds    \(GroupedNumber.format(status.articles)) articles from "
        + "\(GroupedNumber.format(status.files)) files")
    if let built = status.built { output.line("  built    \(IndexCommand.time(built))") }
    if let updated = status.updated { output.line("  updated  \(IndexCommand.time(updated))") }
    if changes.isEmpty {
      output.line("  state    up to date with the directory")
    } else {
      var parts: [String] = []
      for (count, label) in [
        (changes.added.count, "added"), (changes.changed.count, "changed"),
        (changes.renamed.count, "renamed"), (changes.removed.count, "removed"),
      ] where count > 0 {
        parts.append("\(GroupedNumber.format(count)) \(label)")
      }
      if changes.walkProblemsChanged { parts.append("folder problems changed") }
      output.line(
        "  state    behind the directory (files \(parts.joined(separator: ", "))); "
          + "the next command brings it up to date")
    }
    if status.orphans > 0 {
      output.line(
        "  replaced \(GroupedNumber.format(status.orphans)) old bodies kept until the next "
          + "rebuild")
    }
  }

  /// The problem with the index of `directory` that `check` reports as a warning; `nil` when
  /// there is no index or it is whole.
  static func problem(of directory: String) -> String? {
    guard
      let location = IndexLocation(
        dataDirectory: directory, environment: ProcessInfo.processInfo.environment)
    else { return nil }
    do {
      _ = try ArticleIndex.openExisting(at: location)?.load()
      return nil
    } catch {
      return "\(error) (\(location.folder)); the next command rebuilds it"
    }
  }

  /// Why `folder` could not be created, judged from its nearest existing ancestor; `nil`
  /// when it exists or could be.
  static func unwritableReason(_ folder: String) -> String? {
    var path = folder
    while !path.isEmpty && path != "/" {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
        if !isFolder.boolValue { return "\(path) is not a folder" }
        return access(path, W_OK | X_OK) == 0 ? nil : "\(path) is not writable"
      }
      path = (path as NSString).deletingLastPathComponent
    }
    return nil
  }

  /// `bytes` in KB, MB or GB (powers of 1,000), one decimal.
  static func bytes(_ bytes: Int) -> String {
    let units = ["bytes", "KB", "MB", "GB", "TB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1000 && unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    return unit == 0 ? "\(bytes) bytes" : String(format: "%.1f", value) + " " + units[unit]
  }

  /// `date` as `YYYY-MM-DD HH:MM UTC`.
  static func time(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date) + " UTC"
  }
}
