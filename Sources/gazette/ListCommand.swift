import ArgumentParser
import GazetteModel
import GazetteState
import GazetteText

/// `gazette list`: the articles, newest first, one line each.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List articles, newest first: date, source and title.",
    discussion: """
      On a terminal, titles are cut to the width with "…"; piped, whole titles are printed.
      """
  )

  @OptionGroup var dataOptions: DataOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only articles from this source (repeatable): its whole name, or the start or a part of "
        + "one source's name, as the reader's source picker matches (case and width ignored).",
      valueName: "source"))
  var source: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Only articles whose title, source or body contains this text.", valueName: "text"))
  var search: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Only articles published on or after this date.", valueName: "date"))
  var since: String?

  @Option(
    name: .long,
    help: ArgumentHelp("Only articles published on or before this date.", valueName: "date"))
  var until: String?

  @Option(name: .long, help: ArgumentHelp("Print at most this many articles.", valueName: "n"))
  var limit: Int?

  @OptionGroup var stateFilter: StateFilterOptions

  @Flag(
    name: .long,
    help: "Print a JSON array of {id, title, source, published, url, path, read, flagged, new}.")
  var json = false

  func validate() throws {
    if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more.") }
  }

  func run() throws {
    let query = try ArticleQuery(
      sources: source, search: SearchPattern(search ?? ""),
      since: since.map { try DateArgument.parse($0, option: "--since") },
      until: until.map { try DateArgument.parse($0, option: "--until") })
    let directory = try dataOptions.resolvedDirectory()
    // Reading state is read only when asked for, and alongside the articles.
    let opening =
      json || stateFilter.isActive ? StateOpening(directory: directory, onlyReading: true) : nil
    let loaded = LoadedArticles(directory: directory)
    var articles = CommandSelection.articles(
      matching: query, sourceNames: source, in: loaded)
    let state = opening?.wait().snapshot ?? ReadingStateSnapshot()
    stateFilter.apply(to: &articles, state)
    if let limit, articles.count > limit { articles = Array(articles.prefix(limit)) }
    var output = StandardOutput()
    if json {
      ArticleJSON.writeList(articles, directory: loaded.directory, state: state, to: &output)
      output.line("")
    } else {
      ArticleTable.print(articles, width: TerminalOutput.columns, to: &output)
    }
    output.flush()
  }
}
