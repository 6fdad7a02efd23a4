/// Limits that keep hostile files from exhausting memory or time; exceeding one is a problem.
public struct LoadLimits: Hashable, Sendable {
  /// Largest file read, in bytes.
  public var maxFileBytes: Int
  /// Deepest nesting of arrays and objects accepted in a file.
  public var maxNestingDepth: Int

  /// Creates limits.
  public init(maxFileBytes: Int, maxNestingDepth: Int) {
    self.maxFileBytes = maxFileBytes
    self.maxNestingDepth = maxNestingDepth
  }

  /// The limits Gazette uses unless told otherwise.
  public static let standard = LoadLimits(maxFileBytes: 64 << 20, maxNestingDepth: 64)
}
