import ArgumentParser
import GazetteModel
import GazetteState
import GazetteText

/// `gazette mark read|unread|flag|unflag ID...` (or `--all` with filters): changes reading
/// state from the command line, saved at once.
struct MarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mark",
    abstract: "Mark articles read or unread, or flag and unflag them.",
    discussion: """
      Give ids (as `gazette list --json` prints them), or --all for every article the filters \
      select (all of them without filters). Ids no article has are reported and the exit \
      status is 1; the others are still marked.
      """
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("What to do to the articles.", valueName: "mark"))
  var mark: StateMark

  @Argument(help: ArgumentHelp("The ids of the articles to mark.", valueName: "id"))
  var ids: [String] = []

  @Flag(name: .long, help: "Mark every article the filters select.")
  var all = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --all: only articles from this source (repeatable).", valueName: "source"))
  var source: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --all: only articles whose title, source or body contains this text.",
      valueName: "text"))
  var search: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --all: only articles published on or after this date.", valueName: "date"))
  var since: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With --all: only articles published on or before this date.", valueName: "date"))
  var until: String?

  @OptionGroup var stateFilter: StateFilterOptions

  func validate() throws {
    if all && !ids.isEmpty { throw ValidationError("Give ids or --all, not both.") }
    if !all && ids.isEmpty {
      throw ValidationError("Give the ids of the articles to mark, or --all.")
    }
    let filtered =
      !source.isEmpty || search != nil || since != nil || until != nil || stateFilter.isActive
    if !all && filtered { throw ValidationError("Filters select articles only with --all.") }
  }

  func run() throws {
    let query = try ArticleQuery(
      sources: source, search: SearchPattern(search ?? ""),
      since: since.map { try DateArgument.parse($0, option: "--since", end: .start) },
      until: until.map { try DateArgument.parse($0, option: "--until", end: .end) })
    let directory = try dataOptions.resolvedDirectory()
    let opening = StateOpening(directory: directory)
    let loaded = LoadedArticles(directory: directory)
    let store = opening.wait()
    let marked: [String]
    var unknown: [String] = []
    if all {
      var selected = CommandSelection.articles(matching: query, sourceNames: source, in: loaded)
      stateFilter.apply(to: &selected, store.snapshot)
      marked = selected.map(\.id)
    } else {
      let known = Set(loaded.result.articles.lazy.map(\.id))
      var seen = Set<String>()
      marked = ids.filter { known.contains($0) && seen.insert($0).inserted }
      unknown = ids.filter { !known.contains($0) }
    }
    store.mark(mark, ids: marked)
    try StateSaving.save(store)
    var output = StandardOutput()
    let count = marked.count
    output.line("Marked \(count) \(count == 1 ? "article" : "articles") \(Self.pastTense(mark)).")
    output.flush()
    UnknownIDs.report(unknown, directory: loaded.directory)
    if !unknown.isEmpty { throw ExitCode.failure }
  }

  private static func pastTense(_ mark: StateMark) -> String {
    switch mark {
    case .read: "read"
    case .unread: "unread"
    case .flag: "flagged"
    case .unflag: "unflagged"
    }
  }
}

extension StateMark: ExpressibleByArgument {}
