import GazetteModel
import GazetteTerminal
import GazetteText

/// Everything the reader shows and remembers.
///
/// `ReaderReducer.reduce` is the one entry point that changes it in the app. The parts that
/// take keys update themselves and say what happened (`ListCursor`, `SearchPrompt`,
/// `SourcePicker`, `Overlay`: each has `update(_:) -> Outcome`); the extensions in
/// `ReaderState+Input` (keys, mouse, size), `+Filtering` (query, filter pass, body search),
/// `+Loading` (batches, bodies, documents), `+Navigation` (selection, shown document) and
/// `+Actions` (open, copy, save, pipe) act on the outcomes. Fields are internal to the module (tests read and set them).
struct ReaderState: Sendable {
  /// The terminal size.
  var size: GridSize
  /// The data directory, as given.
  let dataDirectory: String
  /// Whether colours are used.
  let colors: Bool
  /// Which key runs which command.
  let keyMap: KeyMap
  /// The styles of the screen's parts (the config's colours applied).
  let theme: Theme
  /// Pane sizes and the text width.
  let paneLayout: PaneLayout
  /// How the list writes dates.
  let formatDate: @Sendable (PublishedDate) -> String
  /// The width of the list's date column: the widest date the format writes.
  let dateWidth: Int
  /// The key help, as the `?` overlay shows it.
  let helpLines: [HelpLine]
  /// Every article loaded so far.
  var store = ArticleStore()
  /// The active filters: sources, search, dates.
  var query: ArticleQuery
  /// The list's rows while a filter is active.
  var filter = ListFilter()
  /// Selection and scroll position of the list.
  var list = ListCursor()
  /// Which pane the movement keys act on.
  var focus = Focus.list
  /// The article in the reader pane and its scroll position.
  var reader = ReaderPosition()
  /// The shown article, wrapped to the reader's width (kept up to date by the reducer).
  var document: ReaderDocument?
  /// Recently wrapped documents: at most 8, and `cacheBytes` estimated (besides the one shown).
  var documents = LRUCache<DocumentKey, ReaderDocument>(
    capacity: 8, costLimit: ReaderState.cacheBytes, cost: { $0.estimatedBytes })
  /// Recently read bodies (or the problem reading them), by arrival index: at most 16, and
  /// `cacheBytes` of text (besides the one shown).
  var bodies = LRUCache<Int32, Result<ArticleBody, LoadProblem>>(
    capacity: 16, costLimit: ReaderState.cacheBytes, cost: ReaderState.estimatedBytes(of:))
  /// The article whose body is being read.
  var bodyRequest: Int32?
  /// The large document being wrapped in the background.
  var layoutRequest: DocumentKey?
  /// The large document whose matches are being found in the background, and the pattern.
  var highlightRequest: HighlightRequest?
  /// Progress and problems of the load.
  var loading = LoadingState()
  /// Article counts per source, in the picker's order, updated as batches arrive.
  var sources = SourceList()
  /// The open overlay, if any.
  var overlay: Overlay?
  /// The search prompt, while the user types a search.
  var prompt: SearchPrompt?
  /// The prompt to save or pipe the article, or to confirm an overwrite, while it is open.
  var actionPrompt: ActionPrompt?
  /// The browser, the clipboard and the save directory.
  let actions: ActionSettings
  /// The body search for the current pattern.
  var bodySearch = BodySearchState()
  /// A short message for the status line, cleared by the next key.
  var message: String?
  /// Read, flagged and new marks of the loaded articles, and the counts.
  var marks = ReadingMarks()
  /// Which articles the list shows by their reading state.
  var readingView = ReadingView.all
  /// `mark-all-read` waiting for the user's yes.
  var confirmation: MarkConfirmation?
  /// How long an article is shown before it counts as read.
  let readDwellMilliseconds: Int
  /// Whether a reading-state store is used (otherwise marks live in memory for this run).
  let usesStateStore: Bool
  /// Reloads of the directory while the reader runs, and the articles that arrived.
  var live = LiveUpdates()

  /// The state of a reader that has not started loading.
  init(options: ReaderOptions, size: GridSize) {
    self.size = size
    self.dataDirectory = options.dataDirectory
    self.colors = options.colors
    self.keyMap = options.keyMap
    self.actions = options.actions
    self.helpLines = options.keyMap.helpLines
    self.query = options.query
    self.theme = Theme.standard(colors: options.colors, changes: options.styleChanges)
    self.paneLayout = options.layout
    self.formatDate = options.formatDate
    self.dateWidth = Self.widestDate(options.formatDate)
    self.store = ArticleStore(sortOrder: options.sort)
    self.readDwellMilliseconds = options.readDwellMilliseconds
    self.usesStateStore = options.stateEnvironment != nil
  }

  /// The widest date `format` writes, tried on days whose names and numbers are long
  /// (Wednesday, September, the 28th), at most 24 columns.
  static func widestDate(_ format: (PublishedDate) -> String) -> Int {
    let samples = [
      PublishedDate(year: 2000, month: 9, day: 27), PublishedDate(year: 2000, month: 12, day: 28),
      PublishedDate(year: 2000, month: 5, day: 31), PublishedDate(year: 2000, month: 2, day: 9),
    ]
    return min(
      24, samples.map { TextLayout.width(TextLayout.sanitizeLine(format($0))) }.max() ?? 10)
  }

  /// The most memory each of the body and document caches keeps: a few 50 MB articles would
  /// otherwise stay in memory long after they were read.
  static let cacheBytes = 64 << 20

  /// About how much memory a read body (or the problem reading it) holds.
  static func estimatedBytes(of body: Result<ArticleBody, LoadProblem>) -> Int {
    switch body {
    case .success(let content):
      return content.paragraphs.reduce(0) { $0 + $1.utf8.count + MemoryLayout<String>.stride }
    case .failure(let problem):
      return problem.description.utf8.count + MemoryLayout<LoadProblem>.stride
    }
  }

  /// Where the panes are for the current size.
  var layout: ScreenLayout { ScreenLayout(size: size, settings: paneLayout) }

  /// The list's rows: arrival indices in list order.
  var rows: [Int32] { filter.rows ?? store.order }

  /// Number of rows in the list.
  var rowCount: Int { filter.rows?.count ?? store.order.count }

  /// Whether any filter (source, search, dates or a reading view) is active.
  var hasFilter: Bool {
    !query.sources.isEmpty || !query.search.isEmpty || query.since != nil || query.until != nil
      || readingView != .all
  }
}
