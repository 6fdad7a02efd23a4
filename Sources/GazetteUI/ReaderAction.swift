import GazetteModel
import GazetteState
import GazetteTerminal

/// Everything that can change the reader's state: terminal events and finished I/O.
enum ReaderAction: Sendable {
  /// The reader started: begin loading.
  case started
  /// A key, mouse action, resize or stop request from the terminal.
  case event(TerminalEvent)
  /// A batch of loaded articles (consecutive batches may be merged into one), with the
  /// search indexes of its titles and sources when they were built off the main loop.
  case loaded(LoadBatch, searchIndexes: [SearchIndex] = [])
  /// The load returned.
  case loadEnded
  /// A body read finished; `list` is the list generation it was asked on.
  case bodyRead(article: Int32, result: Result<ArticleBody, LoadProblem>, list: Int = 0)
  /// A large article was wrapped, or its matches found, in the background, on list
  /// generation `list`.
  case documentLaidOut(ReaderDocument, list: Int = 0)
  /// The directory was read again (at the start from the index, after a change, or by hand).
  case directoryReloaded(DirectoryReload)
  /// A new list was prepared in the background to replace the shown one.
  case listPrepared(ListReplacement)
  /// A filter job finished: the rows of query generation `generation` over the first
  /// `covered` articles.
  case filtered(generation: Int, rows: [Int32], covered: Int)
  /// A body search of query generation `generation` reports progress; its matches are
  /// arrival indices.
  case bodySearchProgress(generation: Int, BodySearchProgress)
  /// A body search finished; arrival indices below `searchedThrough` are covered.
  case bodySearchFinished(generation: Int, searchedThrough: Int)
  /// The reading-state store opened (or could not be, and works in memory): its state then,
  /// whether marks are saved, and what it had to say.
  case readingStateOpened(ReadingStateSnapshot, persistent: Bool, notices: [String])
  /// Another instance changed the reading state of these articles.
  case readingStateChanged([ReadingStateChange])
  /// Saving marks failed (the problem, in words) or works again (`nil`).
  case readingStateProblem(String?)
  /// A save ended.
  case saveFinished(SaveRequest, FileWriting.Outcome)
  /// Something to tell the user in the status line (a browser or a command ended).
  case report(String)
  /// A timer the reducer scheduled has fired.
  case timerFired(ReaderTimer)
}
