import Dispatch
import GazetteModel
import GazetteState
import Synchronization

/// The effect runner's end of the reading-state store: opens it off the main loop, passes the
/// user's marks on, records this run's sighting and polls for other instances' changes.
///
/// Marks made before the store has opened wait here and are applied first thing, so the
/// snapshot the reader receives already holds them.
final class ReadingStateLink: Sendable {
  /// How often the store is asked for other instances' changes.
  static let pollInterval = DispatchTimeInterval.milliseconds(1_500)

  private struct Contents {
    var store: ReadingStateStore?
    var waitingMarks: [(StateMark, [String], StateTime)] = []
    var lastProblem: String?
    var closed = false
    /// The articles of the list, by arrival index, as the last `watch` gave them.
    var articles: [Article] = []
    var polling = false
  }

  private let dataDirectory: String
  private let environment: [String: String]
  private let contents = Mutex(Contents())
  private let queue = DispatchQueue(label: "gazette.reading-state", qos: .utility)
  private let opened = DispatchGroup()

  /// A link to the store of `dataDirectory`, in the state directory `environment` names.
  init(dataDirectory: String, environment: [String: String]) {
    self.dataDirectory = dataDirectory
    self.environment = environment
  }

  /// Opens the store in the background (this run begins) and posts `.readingStateOpened`.
  func open(posting inbox: ActionInbox) {
    inbox.beginWork()
    opened.enter()
    queue.async { [self] in
      let store = ReadingStateStore(
        dataDirectory: dataDirectory, environment: environment, beginningRun: true)
      let snapshot = contents.withLock { contents in
        for (mark, ids, time) in contents.waitingMarks {
          store.mark(mark, ids: ids, at: time)
        }
        contents.waitingMarks = []
        contents.store = store
        return store.snapshot
      }
      inbox.post(
        .readingStateOpened(snapshot, persistent: store.isPersistent, notices: store.notices))
      opened.leave()
      inbox.endWork()
    }
  }

  /// Marks articles: the store's memory at once (about a microsecond an article), its file
  /// within a second; before the store has opened, the mark waits for it.
  ///
  /// Many articles at once (`mark-all-read`) are handed to the store's thread instead, so the
  /// main loop never spends tens of milliseconds on them; the time is taken here, and the
  /// store merges by time, so a later single mark still wins over an earlier bulk one.
  func mark(_ mark: StateMark, ids: [String]) {
    let time = StateTime.now()
    let store = contents.withLock { contents -> ReadingStateStore? in
      if contents.store == nil { contents.waitingMarks.append((mark, ids, time)) }
      return contents.store
    }
    guard let store else { return }
    if ids.count > Self.marksOnTheCallersThread {
      queue.async { store.mark(mark, ids: ids, at: time) }
    } else {
      store.mark(mark, ids: ids, at: time)
    }
  }

  /// The most articles marked on the caller's thread (a millisecond's worth at most).
  static let marksOnTheCallersThread = 256

  /// Records that this run listed `articles`, then polls for other instances' changes every
  /// `pollInterval`, posting `.readingStateChanged` for the articles whose state changed and
  /// `.readingStateProblem` when saving fails or works again.
  ///
  /// Called again when the list is replaced (a live reload): the new articles are recorded as
  /// seen and the polls report arrival indices of the new list.
  func watch(_ articles: [Article], posting inbox: ActionInbox) {
    queue.async { [self] in
      guard let store = contents.withLock({ $0.closed ? nil : $0.store }) else { return }
      store.recordSeen(articles.lazy.map(\.id))
      let startPolling = contents.withLock { contents in
        contents.articles = articles
        defer { contents.polling = true }
        return !contents.polling
      }
      guard store.isPersistent, startPolling else { return }
      schedulePoll(of: store, posting: inbox)
    }
  }

  /// The stored reading state of the articles with these ids; `nil` before the store opened.
  func states(of ids: [String]) -> [ArticleReadingState]? {
    guard let store = contents.withLock({ $0.store }) else { return nil }
    return ids.map { store.state(of: $0) }
  }

  /// Polls the store once after `pollInterval`, and again after each poll, until closed.
  private func schedulePoll(of store: ReadingStateStore, posting inbox: ActionInbox) {
    queue.asyncAfter(deadline: .now() + Self.pollInterval) { [self] in
      let problem = store.writeProblem
      let (closed, changedProblem, articles) = contents.withLock { contents in
        defer { contents.lastProblem = problem }
        return (contents.closed, contents.lastProblem != problem, contents.articles)
      }
      guard !closed else { return }
      if changedProblem { inbox.post(.readingStateProblem(problem)) }
      let changed = store.pollChanges()
      if !changed.isEmpty {
        var changes: [ReadingStateChange] = []
        for (index, article) in articles.enumerated() where changed.contains(article.id) {
          changes.append(
            ReadingStateChange(
              article: Int32(index), id: article.id, state: store.state(of: article.id)))
        }
        if !changes.isEmpty { inbox.post(.readingStateChanged(changes)) }
      }
      schedulePoll(of: store, posting: inbox)
    }
  }

  /// Stops polling and closes the store, committing what is queued (waits for the opening
  /// when it is still under way).
  func close() {
    opened.wait()
    let store = contents.withLock { contents in
      contents.closed = true
      return contents.store
    }
    // Waits for a poll or a recorded sighting under way.
    queue.sync {}
    try? store?.close()
  }
}
