import Dispatch
import GazetteModel

/// Performs the reducer's effects on background threads and brings results back as actions.
///
/// Bodies are read one at a time on their own queue; large documents are wrapped and
/// searched for matches one at a time on another (a search gives up when a newer one is
/// asked for); filter passes run one at a time and give up as soon as a newer query
/// supersedes them; a body search runs until it finishes or is cancelled. Load batches have
/// their titles and sources folded into a search index on the load thread. Timers are kept
/// here and fired by the main loop when due.
final class EffectRunner {
  let inbox = ActionInbox()
  private let provider: any ArticleProvider
  private let readingState: ReadingStateLink?
  private let stopped = CancellationFlag()
  private let latestFilter = LatestGeneration()
  private let latestHighlight = LatestGeneration()
  private var highlightsRequested = 0
  private var bodySearch: CancellationFlag?
  private var timers: [(deadline: ContinuousClock.Instant, timer: ReaderTimer)] = []
  private let clock = ContinuousClock()
  private let bodyQueue = DispatchQueue(label: "gazette.body-reader", qos: .userInitiated)
  private let filterQueue = DispatchQueue(label: "gazette.filter", qos: .userInitiated)
  private let layoutQueue = DispatchQueue(label: "gazette.layout", qos: .userInitiated)
  private let replaceQueue = DispatchQueue(label: "gazette.replace", qos: .userInitiated)
  private let liveQueue = DispatchQueue(label: "gazette.live", qos: .userInitiated)
  private let reloadRequest = ReloadRequest()

  init(provider: any ArticleProvider, readingState: ReadingStateLink? = nil) {
    self.provider = provider
    self.readingState = readingState
  }

  /// Whether anything is running or waiting to be taken (timers are not: the loop waits for
  /// them with `millisecondsUntilNextTimer`).
  var isBusy: Bool { inbox.isBusy }

  /// How long until the next timer is due (0 when one is), `nil` with none scheduled.
  var millisecondsUntilNextTimer: Int? {
    guard let deadline = timers.map(\.deadline).min() else { return nil }
    let left = deadline - clock.now
    guard left > .zero else { return 0 }
    return Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000)
      + 1
  }

  /// Starts the I/O an effect describes (`.redrawScreen` and `.exit` are the loop's job).
  func perform(_ effect: ReaderEffect) {
    let provider = self.provider
    let inbox = self.inbox
    let stopped = self.stopped
    switch effect {
    case .loadArticles:
      // The folding tables take some tens of milliseconds to build: build them while the
      // directory loads, not when the first search key is pressed.
      DispatchQueue.global(qos: .utility).async { SearchPattern.prepareFolding() }
      inbox.beginWork()
      let requests = reloadRequest
      // A queue of its own (a serial queue gets a thread of its own even when the pool is
      // busy): after the load it follows the directory until the reader quits.
      liveQueue.async {
        provider.loadAndFollow(
          isCancelled: { stopped.isSet }, requests: requests,
          onBatch: { batch in
            // Folded here, off the main loop, so a search typed in the list never folds titles.
            let index = SearchIndex(articles: batch.articles)
            inbox.post(.loaded(batch, searchIndexes: [index]))
          },
          onLoadEnded: {
            inbox.post(.loadEnded)
            inbox.endWork()
          },
          onReload: { reload in inbox.post(.directoryReloaded(reload)) })
      }
    case .reloadArticles:
      reloadRequest.ask()
    case .prepareReplacement(let reload, let store, let generation):
      let readingState = self.readingState
      inbox.beginWork()
      replaceQueue.async {
        let replacement = ListReplacement(
          reload: reload, replacing: store, generation: generation,
          states: { ids in readingState?.states(of: ids) })
        inbox.post(.listPrepared(replacement))
        inbox.endWork()
      }
    case .readBody(let index, let article, let list):
      inbox.beginWork()
      bodyQueue.async {
        let result: Result<ArticleBody, LoadProblem>
        do throws(LoadProblem) {
          result = .success(try provider.body(of: article))
        } catch {
          result = .failure(error)
        }
        inbox.post(.bodyRead(article: index, result: result, list: list))
        inbox.endWork()
      }
    case .layOutDocument(let key, let article, let body, let pattern, let list):
      inbox.beginWork()
      layoutQueue.async {
        let document = ReaderDocument(
          article: article, index: key.article, body: .success(body), width: key.width,
          pattern: pattern)
        inbox.post(.documentLaidOut(document, list: list))
        inbox.endWork()
      }
    case .highlightDocument(let document, let pattern, let list):
      // Only the newest request matters: an older one still queued or running gives up.
      highlightsRequested += 1
      let request = highlightsRequested
      let latestHighlight = self.latestHighlight
      latestHighlight.set(request)
      inbox.beginWork()
      layoutQueue.async {
        let highlighted = document.highlighted(pattern) {
          stopped.isSet || latestHighlight.value != request
        }
        if let highlighted { inbox.post(.documentLaidOut(highlighted, list: list)) }
        inbox.endWork()
      }
    case .filterArticles(let job):
      let latestFilter = self.latestFilter
      latestFilter.set(job.generation)
      inbox.beginWork()
      filterQueue.async {
        let rows = job.run { stopped.isSet || latestFilter.value != job.generation }
        if let rows {
          inbox.post(.filtered(generation: job.generation, rows: rows, covered: job.articles.count))
        }
        inbox.endWork()
      }
    case .searchBodies(let job):
      bodySearch?.set()
      let flag = CancellationFlag()
      bodySearch = flag
      inbox.beginWork()
      DispatchQueue.global(qos: .userInitiated).async {
        job.run(
          with: provider, isCancelled: { flag.isSet || stopped.isSet },
          report: { action in inbox.post(action) })
        inbox.endWork()
      }
    case .cancelBodySearch:
      bodySearch?.set()
      bodySearch = nil
    case .openReadingState:
      readingState?.open(posting: inbox)
    case .markArticles(let mark, let ids):
      readingState?.mark(mark, ids: ids)
    case .watchReadingState(let articles):
      readingState?.watch(articles, posting: inbox)
    case .schedule(let timer, let milliseconds):
      timers.append((clock.now + .milliseconds(milliseconds), timer))
    case .saveArticle(let request, let replacing):
      inbox.beginWork()
      bodyQueue.async {
        let outcome = FileWriting.write(
          Array(request.text.utf8), to: request.path, replacing: replacing)
        inbox.post(.saveFinished(request, outcome))
        inbox.endWork()
      }
    case .openURL, .copyToClipboard, .pipeArticle, .redrawScreen, .exit:
      // The loop's: they use the terminal.
      break
    }
  }

  /// Results posted so far, then the timers that are due.
  func takeActions() -> [ReaderAction] {
    var actions = inbox.take()
    guard !timers.isEmpty else { return actions }
    let now = clock.now
    for entry in timers where entry.deadline <= now {
      actions.append(.timerFired(entry.timer))
    }
    timers.removeAll { $0.deadline <= now }
    return actions
  }

  /// Asks all background work to stop; results posted later are never taken.
  func stop() {
    stopped.set()
    bodySearch?.set()
    timers.removeAll()
    readingState?.close()
  }
}
