import ArgumentParser
import GazetteConfig
import GazetteModel
import GazetteState
import GazetteText

/// `gazette list`: the articles, newest first, one line each.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List articles, newest first: date, source and title.",
    discussion: """
      On a terminal, titles are cut to fit the width; piped, whole titles are printed. Dates \
      follow date_format in the config file (ISO 8601 without one).
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

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Print at most this many articles.", valueName: "n"))
  var limit: Int?

  @OptionGroup var stateFilter: StateFilterOptions

  @Flag(
    name: .long, help: "Start each line with the article's id, the one `gazette show` takes.")
  var ids = false

  @Flag(
    name: .long,
    help: "Print a JSON array of {id, title, source, published, url, path, read, flagged, new}.")
  var json = false

  func run() throws {
    // Checked here rather than in validate(), which would add the whole usage summary.
    if let limit, limit < 0 {
      throw UsageError("--limit \(limit): the number of articles must be 0 or more.")
    }
    let query = try ArticleQuery(
      sources: source, search: SearchPattern(search ?? ""),
      since: since.map { try DateArgument.parse($0, option: "--since", end: .start) },
      until: until.map { try DateArgument.parse($0, option: "--until", end: .end) })
    let (directory, settings) = try dataOptions.resolved()
    // Reading state is read only when asked for, and alongside the articles.
    let opening =
      json || stateFilter.isActive ? StateOpening(directory: directory, onlyReading: true) : nil
    let loaded = LoadedArticles(directory: directory, indexingBodies: !(search ?? "").isEmpty)
    var articles = CommandSelection.articles(
      matching: query, sourceNames: source, in: loaded, explaining: true)
    let state = opening?.wait().snapshot ?? ReadingStateSnapshot()
    stateFilter.apply(to: &articles, state)
    if let limit, articles.count > limit { articles = Array(articles.prefix(limit)) }
    var output = StandardOutput()
    if json {
      ArticleJSON.writeList(articles, directory: loaded.directory, state: state, to: &output)
      output.line("")
    } else {
      ArticleTable.print(
        articles, width: TerminalOutput.columns, ids: ids, dateFormat: settings.dateFormat,
        to: &output)
    }
    output.flush()
  }
}
