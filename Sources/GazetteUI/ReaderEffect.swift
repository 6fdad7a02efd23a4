import GazetteModel
import GazetteState

/// I/O the reducer asks for; the app performs it and reports back with actions.
enum ReaderEffect: Sendable {
  /// Load the data directory, reporting `.loaded` batches then `.loadEnded`.
  case loadArticles
  /// Read the body of an article, reporting `.bodyRead`.
  case readBody(article: Int32, Article)
  /// Wrap a large article off the main loop, reporting `.documentLaidOut`.
  case layOutDocument(DocumentKey, Article, ArticleBody, SearchPattern)
  /// Find the matches of a pattern in a large document off the main loop, reporting
  /// `.documentLaidOut` (a newer request may make an older one be dropped).
  case highlightDocument(ReaderDocument, SearchPattern)
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
  /// Clear the terminal and paint every cell again.
  case redrawScreen
  /// Stop the reader.
  case exit(ReaderExit)
}
