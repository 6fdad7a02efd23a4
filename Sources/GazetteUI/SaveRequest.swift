/// An article to be written to a file: where, and the text.
struct SaveRequest: Hashable, Sendable {
  /// The path as it will be opened (`~/` expanded).
  var path: String
  /// The article as plain text (`ArticleText.document`).
  var text: String
}
