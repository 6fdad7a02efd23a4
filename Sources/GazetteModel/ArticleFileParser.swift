/// Parses the bytes of one article file: the pure entry point of loading (and of fuzzing).
public enum ArticleFileParser {
  /// Reads the articles of one file's bytes, turning every defect into a `LoadProblem`.
  ///
  /// It never fails and never traps, whatever the bytes. Ids are the file's own (not yet made
  /// unique across files).
  public static func parse(bytes: [UInt8], relativePath: String, limits: LoadLimits = .standard)
    -> ArticleFileParse
  {
    bytes.withUnsafeBufferPointer { parse(bytes: $0, relativePath: relativePath, limits: limits) }
  }

  /// Reads the articles of one file's bytes (see `parse(bytes:relativePath:limits:)`).
  public static func parse(
    bytes: UnsafeBufferPointer<UInt8>, relativePath: String, limits: LoadLimits = .standard
  ) -> ArticleFileParse {
    parse(bytes: bytes, relativePath: relativePath, limits: limits, interner: nil)
  }

  /// Reads the body of the article at `index` (from 1 in an array file, `nil` for a file holding
  /// one object); when `expectedTitle` is given, the article must still have that title.
  public static func body(
    bytes: UnsafeBufferPointer<UInt8>, relativePath: String, index: Int?,
    expectedTitle: String? = nil, limits: LoadLimits = .standard
  ) throws(LoadProblem) -> ArticleBody {
    var scanner = ArticleFileScanner(bytes: bytes, relativePath: relativePath, limits: limits)
    return try scanner.scanBody(index: index, expectedTitle: expectedTitle)
  }

  /// Reads the articles of one file's bytes, sharing repeated strings through `interner`.
  static func parse(
    bytes: UnsafeBufferPointer<UInt8>, relativePath: String, limits: LoadLimits,
    interner: StringInterner?
  ) -> ArticleFileParse {
    var scanner = ArticleFileScanner(
      bytes: bytes, relativePath: relativePath, limits: limits, interner: interner)
    return scanner.scanSummaries()
  }
}
