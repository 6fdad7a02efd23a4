import ArgumentParser
import Foundation
import GazetteState
import GazetteText

/// `gazette state import FILE`: merges exported reading state; the later change wins.
struct StateImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Merge reading state from JSON lines (as `state export` writes them).",
    discussion: """
      Per article and per field, the later change wins, so importing is safe to repeat and \
      the order of imports between machines does not matter. Lines that cannot be read are \
      reported as FILE:LINE and the exit status is 1; the other lines are still merged. State \
      for ids no article has is kept (the article may arrive later) and counted.
      """
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(
    help: ArgumentHelp("The JSON-lines file to merge (- for standard input).", valueName: "file"))
  var file: String

  func run() throws {
    let directory = try dataOptions.resolvedDirectory()
    let bytes = try readInput()
    var records: [(String, ArticleReadingState)] = []
    var problems = 0
    for (index, lineBytes) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated()
    {
      func report(_ message: String) {
        problems += 1
        TerminalOutput.printError(TextLayout.sanitizeLine("\(file):\(index + 1): \(message)"))
      }
      // A line cut in the middle of a character (a file still being synced) is one bad line.
      guard let line = String(validating: lineBytes, as: UTF8.self) else {
        report("not UTF-8 text")
        continue
      }
      let trimmed = line.hasSuffix("\r") ? line.dropLast() : line[...]
      if trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      do {
        records.append(try StateExchangeLine.decode(trimmed))
      } catch {
        report(error.message)
      }
    }
    let opening = StateOpening(directory: directory)
    let loaded = LoadedArticles(directory: directory)
    let store = opening.wait()
    let changed = store.merge(records)
    try StateSaving.save(store)
    let known = Set(loaded.result.articles.lazy.map(\.id))
    let unknown = Set(records.lazy.map(\.0).filter { !known.contains($0) })
    var output = StandardOutput()
    output.line(
      "Merged \(records.count) \(records.count == 1 ? "record" : "records"): "
        + "\(changed) \(changed == 1 ? "article" : "articles") changed.")
    output.flush()
    if !unknown.isEmpty {
      let count = unknown.count
      TerminalOutput.printError(
        "gazette: \(count) \(count == 1 ? "id is" : "ids are") not in "
          + "\(TextLayout.sanitizeLine(loaded.directory)); "
          + "\(count == 1 ? "its" : "their") state is kept for when "
          + "\(count == 1 ? "that article appears" : "those articles appear").")
    }
    if problems > 0 {
      TerminalOutput.printError(
        "gazette: \(problems) \(problems == 1 ? "line" : "lines") of \(TextLayout.sanitizeLine(file)) "
          + "could not be read.")
      throw ExitCode.failure
    }
  }

  private func readInput() throws -> [UInt8] {
    let data: Data?
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      data = FileManager.default.contents(atPath: file)
    }
    guard let data else {
      let reason =
        FileManager.default.fileExists(atPath: file) ? "cannot be read" : "does not exist"
      TerminalOutput.printError("gazette: \(TextLayout.sanitizeLine(file)) \(reason).")
      throw ExitCode.failure
    }
    return [UInt8](data)
  }
}
