/// The selection and scroll position of the article list.
struct ListCursor: Hashable, Sendable {
  /// The selected row.
  var selectedRow = 0
  /// Arrival index of the selected article, to keep it selected as rows come and go.
  var selectedArticle: Int32?
  /// The first row shown.
  var top = 0
  /// Whether the user has moved the selection; until then it stays on the first row.
  var userMoved = false

  /// Creates a cursor on the first row.
  init() {}
}
