/// The search prompt on the bottom line while the user types a search.
public struct SearchPrompt: Hashable, Sendable {
  /// What has been typed (raw; sanitised when drawn).
  public var text: String

  /// Creates a prompt holding `text`.
  public init(text: String = "") {
    self.text = text
  }
}
