/// The search prompt on the bottom line while the user types a search.
struct SearchPrompt: Hashable, Sendable {
  /// What has been typed (raw; sanitised when drawn).
  var text: String

  /// Creates a prompt holding `text`.
  init(text: String = "") {
    self.text = text
  }
}
