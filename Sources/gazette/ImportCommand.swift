import ArgumentParser
import Foundation
import GazetteImport

/// `gazette import`: turns scraped pages, saved HTML and feeds into article files.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import scraped pages, saved HTML pages and RSS/Atom feeds as article files.",
    discussion: """
      Each SOURCE is a file, a folder (read recursively) or an http(s) URL; what it is comes \
      from its content, not its name. Pinyin that Simplified/Traditional converters leave \
      after the characters they converted, and injected spam paragraphs, are removed, and \
      every removal is reported. \
      Articles go to DIR/<source>/<year>/ as JSON files; importing again adds nothing new \
      (--update rewrites articles that changed). See docs/import.md.

      Exit status 0 when every source was read, 1 when some failed.
      """
  )

  @Argument(help: ArgumentHelp("Files, folders or http(s) URLs to import.", valueName: "source"))
  var sources: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp("The article directory to write into.", valueName: "dir"))
  var into: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Read URLs (or paths) from FILE, one a line; # starts a comment.",
      valueName: "file"))
  var from: String?

  @Option(name: .long, help: ArgumentHelp("The source name of every article.", valueName: "name"))
  var source: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The encoding of the pages (utf-8, gb18030, gbk, big5, shift_jis, euc-jp, euc-kr), "
        + "whatever they declare.", valueName: "name"))
  var encoding: String?

  @Flag(name: .long, help: "Print what would be written and removed; write nothing.")
  var dryRun = false

  @Flag(name: .long, help: "Rewrite articles imported before that have changed.")
  var update = false

  @Flag(name: .long, help: "Keep paragraphs flagged as spam (they are still reported).")
  var keepSuspect = false

  func validate() throws {
    if sources.isEmpty && from == nil {
      throw ValidationError("Nothing to import: give files, folders or URLs, or --from FILE.")
    }
    if into == nil && !dryRun {
      throw ValidationError(
        "Say where to write with --into DIR (Gazette never writes into a directory you did not "
          + "name), or look first with --dry-run.")
    }
    if let encoding, TextEncoding(label: encoding) == nil {
      throw ValidationError(
        "Unknown encoding \(encoding.debugDescription): use utf-8, gb18030, gbk, big5, "
          + "shift_jis, euc-jp or euc-kr.")
    }
  }

  func run() throws {
    var all = sources
    if let from { all += try Self.list(from) }
    var options = ImportOptions(into: into)
    options.source = source
    options.dryRun = dryRun
    options.update = update
    options.keepSuspect = keepSuspect
    options.encoding = encoding.flatMap(TextEncoding.init(label:))
    options.validatorStorePath = ValidatorStore.standardPath(
      environment: ProcessInfo.processInfo.environment)
    let printer = Printer()
    let dryRun = dryRun
    let importer = Importer(options: options) { event in
      let lines = ImportReport.lines(for: event, dryRun: dryRun)
      for line in lines.output { printer.output.line(line) }
      if !lines.errors.isEmpty {
        // Keep the two streams in order when they go to one terminal.
        printer.output.flush()
        for line in lines.errors { FileHandle.standardError.write(Data((line + "\n").utf8)) }
      }
    }
    let summary = importer.run(all)
    for line in ImportReport.summary(summary, dryRun: dryRun) { printer.output.line(line) }
    printer.output.flush()
    if summary.failed > 0 { throw ExitCode.failure }
  }

  /// The sources listed in `path`: one a line, blank lines and `#` comments ignored.
  static func list(_ path: String) throws -> [String] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ValidationError("Cannot read the list \(path).")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ValidationError("The list \(path) is not UTF-8 text.")
    }
    return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).compactMap { line in
      var content = line.trimmingCharacters(in: .whitespaces)
      // A comment is a whole line or starts after whitespace: a URL's own # is kept.
      if content.hasPrefix("#") { return nil }
      if let comment = content.range(of: #"\s#"#, options: .regularExpression) {
        content = content[..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
      }
      return content.isEmpty ? nil : content
    }
  }

  /// Standard output shared with the importer's report callback.
  private final class Printer {
    var output = StandardOutput()
  }
}
