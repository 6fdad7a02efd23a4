/// Limits that keep hostile files from exhausting memory or time; exceeding one is a problem.
public struct LoadLimits: Hashable, Sendable {
  /// Largest file read, in bytes.
  public var maxFileBytes: Int
  /// Deepest nesting of arrays and objects accepted in a file.
  public var maxNestingDepth: Int
  /// Longest text kept for a metadata field (title, id, source, url, language, each category
  /// entry), in characters; longer text is cut, with a warning.
  public var maxFieldCharacters: Int
  /// Most UTF-8 bytes kept for a metadata field, whatever its character count.
  ///
  /// One `Character` can hold megabytes of combining marks. Longer text is cut (at a character
  /// boundary, or at a scalar boundary when one character alone is longer), with a warning.
  public var maxFieldBytes: Int
  /// Most `category` entries kept per article; the rest are dropped, with a warning.
  public var maxCategoryEntries: Int
  /// Most problems reported for one file; one more problem says how many were left out.
  public var maxProblemsPerFile: Int

  /// Creates limits.
  public init(
    maxFileBytes: Int, maxNestingDepth: Int, maxFieldCharacters: Int = 1_000,
    maxFieldBytes: Int = 16_384, maxCategoryEntries: Int = 32, maxProblemsPerFile: Int = 100
  ) {
    self.maxFileBytes = maxFileBytes
    self.maxNestingDepth = maxNestingDepth
    self.maxFieldCharacters = maxFieldCharacters
    self.maxFieldBytes = maxFieldBytes
    self.maxCategoryEntries = maxCategoryEntries
    self.maxProblemsPerFile = maxProblemsPerFile
  }

  /// The limits Gazette uses unless told otherwise.
  public static let standard = LoadLimits(maxFileBytes: 64 << 20, maxNestingDepth: 64)
}
