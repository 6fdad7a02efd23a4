import GazetteModel
import GazetteState
import Synchronization

@testable import GazetteTerminal
@testable import GazetteUI

/// Runs the reducer with its effects performed inline, the way `ReaderApp` would perform
/// them in the background, so reducer tests are deterministic and need no terminal.
struct ReducerDriver {
  var state: ReaderState
  let provider: InMemoryArticleProvider
  /// Whether `.loadArticles` delivers every batch at once (otherwise tests call `deliver`).
  var loadsAutomatically = true
  /// Whether body reads wait in `heldBodyReads` until `releaseBodies()`.
  var holdsBodies = false
  /// Whether filter jobs wait in `heldFilters` until `releaseFilters()`.
  var holdsFilters = false
  /// Whether background wraps of large articles wait in `heldLayouts` until `releaseLayouts()`.
  var holdsLayouts = false
  /// Whether background searches of large documents wait in `heldHighlights` until
  /// `releaseHighlights()`.
  var holdsHighlights = false
  /// Whether the body-search timer fires at once (otherwise it waits in `timers`).
  var firesTimersAtOnce = true
  private(set) var heldBodyReads: [(Int32, Article, Int)] = []
  /// Whether prepared lists wait in `heldReplacements` until `releaseReplacements()`.
  var holdsReplacements = false
  /// Lists being "prepared in the background".
  private(set) var heldReplacements: [(DirectoryReload, ArticleStore, Int)] = []
  /// How many reloads by hand were asked of the directory.
  private(set) var reloadRequests = 0
  private(set) var heldFilters: [FilterJob] = []
  /// Wraps of large articles waiting for `releaseLayouts()` (wrapped only then).
  private(set) var heldLayouts: [(DocumentKey, Article, ArticleBody, SearchPattern)] = []
  /// Searches of large documents waiting for `releaseHighlights()` (done only then).
  private(set) var heldHighlights: [(ReaderDocument, SearchPattern)] = []
  private(set) var timers: [ReaderTimer] = []
  /// Dwell timers (an article shown long enough counts as read), fired by `fireDwells()`.
  private(set) var dwells: [ReaderTimer] = []
  /// The marks sent to the store, in order.
  private(set) var marksSent: [(StateMark, [String])] = []
  /// How often the store was asked to open, and to watch (with the articles it was given).
  private(set) var storeOpenings = 0
  private(set) var watchedArticles: [[Article]] = []
  private(set) var exits: [ReaderExit] = []
  private(set) var redraws = 0
  private(set) var bodyReads: [Int32] = []
  private(set) var filterJobs = 0
  private(set) var bodySearches: [BodySearchJob] = []
  private(set) var cancellations = 0
  /// Effects that act on an article outside the reader (browser, clipboard, save, pipe), in
  /// order; saves are not performed.
  private(set) var outsideEffects: [ReaderEffect] = []

  init(
    provider: InMemoryArticleProvider = SampleArticles.provider,
    size: GridSize = GridSize(width: 120, height: 40), query: ArticleQuery = ArticleQuery(),
    colors: Bool = true, actions: ActionSettings = ActionSettings(), usesStore: Bool = false,
    start: Bool = true
  ) {
    self.init(
      provider: provider, size: size,
      options: ReaderOptions(
        dataDirectory: "data", query: query, colors: colors, actions: actions,
        stateEnvironment: usesStore ? [:] : nil), start: start)
  }

  init(
    provider: InMemoryArticleProvider = SampleArticles.provider,
    size: GridSize = GridSize(width: 120, height: 40), options: ReaderOptions,
    start: Bool = true
  ) {
    self.provider = provider
    self.state = ReaderState(options: options, size: size)
    if start { send(.started) }
  }

  mutating func send(_ action: ReaderAction) {
    for effect in ReaderReducer.reduce(&state, action) {
      perform(effect)
    }
  }

  mutating func press(_ keys: Key...) {
    for key in keys { send(.event(.key(key))) }
  }

  mutating func type(_ text: String) {
    for character in text { send(.event(.key(.character(character)))) }
  }

  mutating func resize(_ width: Int, _ height: Int) {
    send(.event(.resize(GridSize(width: width, height: height))))
  }

  /// Delivers all batches of the provider, then the end of the load.
  mutating func deliverAll() {
    for batch in batches() { send(.loaded(batch)) }
    send(.loadEnded)
  }

  /// The provider's batches, collected.
  func batches() -> [LoadBatch] {
    let collected = Mutex<[LoadBatch]>([])
    provider.loadArticles(
      isCancelled: { false },
      onBatch: { batch in collected.withLock { $0.append(batch) } })
    return collected.withLock { $0 }
  }

  mutating func releaseBodies() {
    let held = heldBodyReads
    heldBodyReads = []
    for (index, article, list) in held { readBody(index, article, list: list) }
  }

  mutating func releaseFilters() {
    let held = heldFilters
    heldFilters = []
    for job in held { runFilter(job) }
  }

  /// Fires the dwell timers scheduled so far (as if each article stayed shown long enough).
  mutating func fireDwells() {
    let due = dwells
    dwells = []
    for timer in due { send(.timerFired(timer)) }
  }

  mutating func fireTimers() {
    let due = timers
    timers = []
    for timer in due { send(.timerFired(timer)) }
  }

  /// The titles of the list's rows, in order.
  var titles: [String] {
    state.rows.map { state.store[$0].title }
  }

  /// The id of the selected article.
  var selectedID: String? {
    state.list.selectedArticle.map { state.store[$0].id }
  }

  /// The reader document's text lines.
  var documentLines: [String] {
    guard let document = state.document else { return [] }
    return document.lines.indices.map { String(document.text(ofLine: $0)) }
  }

  private mutating func perform(_ effect: ReaderEffect) {
    switch effect {
    case .loadArticles:
      if loadsAutomatically { deliverAll() }
    case .readBody(let index, let article, let list):
      bodyReads.append(index)
      if holdsBodies {
        heldBodyReads.append((index, article, list))
      } else {
        readBody(index, article, list: list)
      }
    case .prepareReplacement(let reload, let store, let generation):
      if holdsReplacements {
        heldReplacements.append((reload, store, generation))
      } else {
        send(
          .listPrepared(ListReplacement(reload: reload, replacing: store, generation: generation)))
      }
    case .reloadArticles:
      reloadRequests += 1
    case .layOutDocument(let key, let article, let body, let pattern, _):
      if holdsLayouts {
        heldLayouts.append((key, article, body, pattern))
      } else {
        layOut(key, article, body, pattern)
      }
    case .highlightDocument(let document, let pattern, _):
      if holdsHighlights {
        heldHighlights.append((document, pattern))
      } else {
        send(
          .documentLaidOut(
            document.highlighted(pattern, isCancelled: { false }) ?? document,
            list: state.live.listGeneration))
      }
    case .filterArticles(let job):
      filterJobs += 1
      if holdsFilters {
        heldFilters.append(job)
      } else {
        runFilter(job)
      }
    case .searchBodies(let job):
      bodySearches.append(job)
      let reported = Mutex<[ReaderAction]>([])
      job.run(
        with: provider, isCancelled: { false },
        report: { action in reported.withLock { $0.append(action) } })
      for action in reported.withLock({ $0 }) { send(action) }
    case .cancelBodySearch:
      cancellations += 1
    case .schedule(let timer, _):
      if case .dwell = timer {
        dwells.append(timer)
      } else if firesTimersAtOnce {
        send(.timerFired(timer))
      } else {
        timers.append(timer)
      }
    case .openReadingState:
      storeOpenings += 1
    case .markArticles(let mark, let ids):
      marksSent.append((mark, ids))
    case .watchReadingState(let articles):
      watchedArticles.append(articles)
    case .openURL, .copyToClipboard, .saveArticle, .pipeArticle:
      outsideEffects.append(effect)
    case .redrawScreen:
      redraws += 1
    case .exit(let exit):
      exits.append(exit)
    }
  }

  /// Delivers the large documents wrapped "in the background" so far.
  mutating func releaseLayouts() {
    let held = heldLayouts
    heldLayouts = []
    for (key, article, body, pattern) in held { layOut(key, article, body, pattern) }
  }

  /// Delivers the matches of large documents found "in the background" so far, in order.
  mutating func releaseHighlights() {
    let held = heldHighlights
    heldHighlights = []
    for (document, pattern) in held {
      send(
        .documentLaidOut(
          document.highlighted(pattern, isCancelled: { false }) ?? document,
          list: state.live.listGeneration))
    }
  }

  private mutating func layOut(
    _ key: DocumentKey, _ article: Article, _ body: ArticleBody, _ pattern: SearchPattern
  ) {
    send(
      .documentLaidOut(
        ReaderDocument(
          article: article, index: key.article, body: .success(body), width: key.width,
          pattern: pattern), list: state.live.listGeneration))
  }

  /// Delivers the lists prepared "in the background" so far, in order.
  mutating func releaseReplacements() {
    let held = heldReplacements
    heldReplacements = []
    for (reload, store, generation) in held {
      send(.listPrepared(ListReplacement(reload: reload, replacing: store, generation: generation)))
    }
  }

  private mutating func readBody(_ index: Int32, _ article: Article, list: Int) {
    let result: Result<ArticleBody, LoadProblem>
    do throws(LoadProblem) {
      result = .success(try provider.body(of: article))
    } catch {
      result = .failure(error)
    }
    send(.bodyRead(article: index, result: result, list: list))
  }

  private mutating func runFilter(_ job: FilterJob) {
    if let rows = job.run() {
      send(.filtered(generation: job.generation, rows: rows, covered: job.articles.count))
    }
  }
}
