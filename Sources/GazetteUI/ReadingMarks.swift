import GazetteModel
import GazetteState

/// The reading state as the reader holds it: marks per article by arrival index, counts for
/// the header, and what the store said when it opened.
///
/// The store itself lives with the effect runner (it does I/O); the reducer learns its
/// snapshot once (`.readingStateOpened`) and every change another instance makes
/// (`.readingStateChanged`), and tells it the user's marks (`.markArticles`).
struct ReadingMarks: Sendable {
  /// Marks of each loaded article, by arrival index.
  private(set) var values: [ArticleMarks] = []
  /// Loaded articles not read.
  private(set) var unreadCount = 0
  /// Loaded articles that are new.
  private(set) var newCount = 0
  /// Loaded articles flagged.
  private(set) var flaggedCount = 0
  /// Whether the store has answered (opened, or there is none): until then every article
  /// shows as unread and not new.
  var isOpen = false
  /// Whether marks are saved (false with no store, or one working in memory only).
  var isPersistent = false
  /// When the previous run began: what divides new from not.
  var previousRunStart: StateTime?
  /// The store's state as it opened, kept while articles still load (a batch takes its marks
  /// from it); dropped once loading ends, so the store's own copy is never duplicated.
  var snapshot: ReadingStateSnapshot?
  /// Whether this run's sighting was recorded and the store is being watched for changes.
  var isWatching = false
  /// Bumped each time the reader shows another article: a dwell timer of an older showing
  /// does nothing.
  var dwellGeneration = 0
  /// The shown article the user marked unread by hand: not marked read again until another
  /// article is shown.
  var keptUnread: Int32?
  /// Why marks are not saved, in one sentence, when the store said so.
  var problem: String?

  /// Creates marks for no article.
  init() {}

  /// Number of articles with marks.
  var count: Int { values.count }

  /// The marks of article `index` (none for an article not loaded).
  subscript(index: Int32) -> ArticleMarks {
    Int(index) < values.count ? values[Int(index)] : []
  }

  /// Adds the marks of newly loaded articles, looked up in the snapshot when there is one.
  mutating func append(_ articles: some Collection<Article>) {
    values.reserveCapacity(values.count + articles.count)
    for article in articles {
      let marks = resolved(article.id)
      values.append(marks)
      count(marks, by: 1)
    }
  }

  /// Replaces every article's marks (the list was replaced), counting them again.
  mutating func replace(with newValues: [ArticleMarks]) {
    values = newValues
    unreadCount = 0
    newCount = 0
    flaggedCount = 0
    for marks in newValues { count(marks, by: 1) }
  }

  /// The marks an article that was not in the list gets: from the snapshot while articles
  /// still load, else from its stored state (`nil`: the store has none).
  func marks(ofArriving id: String, state: ArticleReadingState?) -> ArticleMarks {
    if snapshot != nil { return resolved(id) }
    guard isOpen else { return [] }
    return ArticleMarks(state, previousRunStart: previousRunStart)
  }

  /// Looks the marks of every article up again (the store has just opened).
  mutating func resolveAll(_ articles: [Article]) {
    for (index, article) in articles.enumerated() {
      set(resolved(article.id), at: Int32(index))
    }
  }

  /// Sets the marks of article `index`, keeping the counts.
  mutating func set(_ marks: ArticleMarks, at index: Int32) {
    guard Int(index) < values.count else { return }
    count(values[Int(index)], by: -1)
    values[Int(index)] = marks
    count(marks, by: 1)
  }

  /// Sets the marks of article `index` from its stored state.
  mutating func set(_ state: ArticleReadingState, at index: Int32) {
    set(ArticleMarks(state, previousRunStart: previousRunStart), at: index)
  }

  /// Article `index` read (`true`) or unread; new goes with unread as the store's rule says.
  mutating func setRead(_ read: Bool, at index: Int32) {
    var marks = self[index]
    if read {
      marks.insert(.read)
      marks.remove(.new)
    } else {
      marks.remove(.read)
    }
    set(marks, at: index)
  }

  /// Article `index` flagged (`true`) or not.
  mutating func setFlagged(_ flagged: Bool, at index: Int32) {
    var marks = self[index]
    if flagged { marks.insert(.flagged) } else { marks.remove(.flagged) }
    set(marks, at: index)
  }

  private func resolved(_ id: String) -> ArticleMarks {
    guard let snapshot else { return [] }
    return ArticleMarks(snapshot.states[id], previousRunStart: previousRunStart)
  }

  private mutating func count(_ marks: ArticleMarks, by delta: Int) {
    if !marks.contains(.read) { unreadCount += delta }
    if marks.contains(.new) { newCount += delta }
    if marks.contains(.flagged) { flaggedCount += delta }
  }
}
