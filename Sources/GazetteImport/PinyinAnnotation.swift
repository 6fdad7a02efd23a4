/// One pinyin annotation removed from a text: the characters it annotated and what it said.
public struct PinyinAnnotation: Hashable, Sendable {
  /// The ideographs the annotation read (`現`).
  public var characters: String
  /// The annotation as written, parentheses included (`(xiàn)`).
  public var annotation: String

  /// Creates a record of one removed annotation.
  public init(characters: String, annotation: String) {
    self.characters = characters
    self.annotation = annotation
  }
}
