/// One line of a wrapped paragraph: where it lies in the paragraph and how wide it is.
///
/// Lines refer to the paragraph they came from instead of copying it, so a wrapped article
/// costs a few bytes per line to cache.
public struct WrappedLine: Hashable, Sendable {
  /// The line's text in the paragraph, without the spaces dropped at the break.
  public var range: Range<String.Index>
  /// Display width of the line in columns, tabs expanded.
  public var width: Int

  /// Creates a line.
  public init(range: Range<String.Index>, width: Int) {
    self.range = range
    self.width = width
  }
}
