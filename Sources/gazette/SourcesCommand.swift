import ArgumentParser
import GazetteModel
import GazetteText

/// `gazette sources`: every source with its article count and newest date.
struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the sources with their article counts and newest dates."
  )

  @OptionGroup var dataOptions: DataOptions

  @Flag(name: .long, help: "Print a JSON array of {source, count, newest}.")
  var json = false

  func run() throws {
    let loaded = LoadedArticles(directory: try dataOptions.resolvedDirectory())
    let summaries = SourceSummary.summarize(loaded.result.articles)
    var output = StandardOutput()
    if json {
      var writer = JSONWriter()
      writer.raw("[")
      for (index, summary) in summaries.enumerated() {
        writer.raw(index == 0 ? "\n" : ",\n")
        writer.beginObject()
        writer.field("source", summary.name)
        writer.field("count", summary.count)
        writer.field("newest", summary.newest?.dayString)
        writer.endObject()
      }
      writer.raw(summaries.isEmpty ? "]" : "\n]")
      output.write(bytes: writer.bytes)
      output.line("")
    } else {
      let names = summaries.map { TextLayout.sanitizeLine($0.name ?? "(no source)") }
      var nameWidth = names.reduce(0) { max($0, TextLayout.width($1)) }
      let countWidth = summaries.reduce(1) { max($0, String($1.count).count) }
      if let columns = TerminalOutput.columns {
        nameWidth = min(nameWidth, max(4, columns - countWidth - 14))
      }
      for (summary, name) in zip(summaries, names) {
        let count = String(summary.count)
        let shownName =
          TerminalOutput.isTerminal ? TextLayout.truncate(name, width: nameWidth) : name
        output.line(
          ArticleTable.pad(shownName, to: nameWidth) + "  "
            + String(repeating: " ", count: countWidth - count.count) + count + "  "
            + (summary.newest?.dayString ?? "undated"))
      }
    }
    output.flush()
  }
}
