/// Which articles the list shows by their reading state: all, the unread or the flagged ones.
///
/// It combines with the source filter and the search (an article must pass all of them).
enum ReadingView: String, Hashable, Sendable, CaseIterable {
  /// Every article.
  case all
  /// Articles not read yet.
  case unread
  /// Flagged articles.
  case flagged

  /// The view `cycle-view` goes to next: all, unread, flagged, all.
  var next: ReadingView {
    switch self {
    case .all: return .unread
    case .unread: return .flagged
    case .flagged: return .all
    }
  }

  /// Whether an article with `marks` is in this view.
  func admits(_ marks: ArticleMarks) -> Bool {
    switch self {
    case .all: return true
    case .unread: return !marks.contains(.read)
    case .flagged: return marks.contains(.flagged)
    }
  }
}
