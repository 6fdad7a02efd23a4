import Foundation

/// A search string, matched case-insensitively and regardless of fullwidth/halfwidth forms.
///
/// STUB (skeleton): the model work implements the folding (ＡＢＣ１２３ finds ABC123).
public struct SearchPattern: Hashable, Sendable {
  /// The text the user typed.
  public let text: String

  /// Creates a pattern from what the user typed.
  public init(_ text: String) {
    self.text = text
  }

  /// Whether the pattern is empty (matches everything).
  public var isEmpty: Bool { text.isEmpty }

  /// Whether `candidate` contains the pattern.
  public func matches(_ candidate: String) -> Bool {
    isEmpty || candidate.lowercased().contains(text.lowercased())
  }

  /// The ranges of `candidate` that match, in order, not overlapping.
  public func ranges(in candidate: String) -> [Range<String.Index>] {
    guard !isEmpty else { return [] }
    var found: [Range<String.Index>] = []
    var start = candidate.startIndex
    while let range = candidate.range(
      of: text, options: .caseInsensitive, range: start..<candidate.endIndex)
    {
      found.append(range)
      start = range.upperBound
    }
    return found
  }
}
