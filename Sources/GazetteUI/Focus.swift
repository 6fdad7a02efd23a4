/// Which pane the movement keys act on.
enum Focus: Hashable, Sendable {
  /// The article list: arrows move the selection.
  case list
  /// The reader: arrows scroll the article.
  case reader
}
