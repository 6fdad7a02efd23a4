import GazetteModel

/// The data directory's articles as the live reader found them after a change: the whole
/// list, which files it touched, and why it was read.
struct DirectoryReload: Sendable {
  /// Why the list was read again.
  enum Reason: Hashable, Sendable {
    /// The reader starts with what the index held (the list is empty until then).
    case start
    /// What changed while the reader was not running, found after the start (the index's
    /// revalidation, or the index built after a first load by scanning).
    case catchUp
    /// The watcher saw files come, change or go while the reader runs.
    case live
    /// The user asked for a reload (`reload`).
    case manual
  }

  /// The articles, problems and file count, as a load of the directory gives them; `nil`
  /// when nothing changed (a reload by hand that found the list current).
  var result: LoadResult?
  /// Files added, changed, renamed or removed: their articles count as changed even when
  /// their metadata is the same (the body may not be), so nothing of them is kept.
  var touchedPaths: Set<String>
  /// Why it was read.
  var reason: Reason

  /// Creates a reload.
  init(result: LoadResult?, touchedPaths: Set<String> = [], reason: Reason) {
    self.result = result
    self.touchedPaths = touchedPaths
    self.reason = reason
  }
}
