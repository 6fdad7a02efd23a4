import GazetteModel
import GazetteState

/// I/O the reducer asks for; the app performs it and reports back with actions.
enum ReaderEffect: Sendable {
  /// Load the data directory, reporting `.loaded` batches then `.loadEnded`.
  case loadArticles
  /// Read the body of an article, reporting `.bodyRead` with the list generation `list`.
  case readBody(article: Int32, Article, list: Int = 0)
  /// Wrap a large article off the main loop, reporting `.documentLaidOut` with `list`.
  case layOutDocument(DocumentKey, Article, ArticleBody, SearchPattern, list: Int = 0)
  /// Find the matches of a pattern in a large document off the main loop, reporting
  /// `.documentLaidOut` with `list` (a newer request may make an older one be dropped).
  case highlightDocument(ReaderDocument, SearchPattern, list: Int = 0)
  /// Prepare the list of a reload to replace `store` (the list shown), reporting
  /// `.listPrepared`.
  case prepareReplacement(DirectoryReload, replacing: ArticleStore, generation: Int)
  /// Read the directory again now, reporting `.directoryReloaded`.
  case reloadArticles
  /// Recompute the filtered list, reporting `.filtered` (superseded jobs may be dropped).
  case filterArticles(FilterJob)
  /// Search bodies, reporting `.bodySearchProgress` and `.bodySearchFinished`.
  case searchBodies(BodySearchJob)
  /// Stop any running body search.
  case cancelBodySearch
  /// Open the reading-state store (a run begins), reporting `.readingStateOpened`.
  case openReadingState
  /// Mark articles (by id) in the store: its memory at once, the file within a second.
  case markArticles(StateMark, ids: [String])
  /// Note that this run listed these articles (their first sighting), then watch the store
  /// for other instances' changes to them, reporting `.readingStateChanged`.
  case watchReadingState([Article])
  /// Report `.timerFired(timer)` after `milliseconds`.
  case schedule(ReaderTimer, milliseconds: Int)
  /// Open a URL in the browser (the loop hands the terminal over for a terminal browser),
  /// reporting `.report` when there is something to say.
  case openURL(WebAddress)
  /// Put text on the clipboard with OSC 52.
  case copyToClipboard(String)
  /// Write an article to a file atomically, reporting `.saveFinished`; an existing file is
  /// replaced only when `replacing`.
  case saveArticle(SaveRequest, replacing: Bool)
  /// Run `command` with `/bin/sh -c`, the text on its stdin and the terminal handed over,
  /// reporting `.report`.
  case pipeArticle(command: String, text: String)
  /// Clear the terminal and paint every cell again.
  case redrawScreen
  /// Stop the reader.
  case exit(ReaderExit)
}
