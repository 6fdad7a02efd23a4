/// Where an article was found: its file, relative to the data directory, and its place in it.
public struct ArticleLocation: Hashable, Sendable {
  /// Path of the file relative to the data directory, with `/` separators.
  public var relativePath: String
  /// Position (from 1) of the article in a file that holds an array; `nil` for a single object.
  public var index: Int?

  /// Creates a location.
  public init(relativePath: String, index: Int? = nil) {
    self.relativePath = relativePath
    self.index = index
  }
}
