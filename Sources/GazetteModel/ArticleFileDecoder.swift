/// Decodes the bytes of one article file: its article summaries, or one article's body.
///
/// The pure entry point of loading, of reading a body and of fuzzing; the JSON walk
/// itself, and every decision that something in a file is a problem, is `ArticleJSONScanner`'s.
public enum ArticleFileDecoder {
  /// Reads the articles of one file's bytes, turning every defect into a `LoadProblem`.
  ///
  /// It never fails and never traps, whatever the bytes. Ids are the file's own (not yet made
  /// unique across files).
  public static func summaries(bytes: [UInt8], relativePath: String, limits: LoadLimits = .standard)
    -> ArticleFileSummaries
  {
    bytes.withUnsafeBufferPointer {
      summaries(bytes: $0, relativePath: relativePath, limits: limits)
    }
  }

  /// Reads the articles of one file's bytes (see `summaries(bytes:relativePath:limits:)`).
  public static func summaries(
    bytes: UnsafeBufferPointer<UInt8>, relativePath: String, limits: LoadLimits = .standard
  ) -> ArticleFileSummaries {
    summaries(bytes: bytes, relativePath: relativePath, limits: limits, interner: nil)
  }

  /// Reads the body of the article at `index` (from 1 in an array file, `nil` for a file holding
  /// one object); when `expectedTitle` is given, the article must still have that title.
  public static func body(
    bytes: UnsafeBufferPointer<UInt8>, relativePath: String, index: Int?,
    expectedTitle: String? = nil, limits: LoadLimits = .standard
  ) throws(LoadProblem) -> ArticleBody {
    var scanner = ArticleJSONScanner(bytes: bytes, relativePath: relativePath, limits: limits)
    return try scanner.scanBody(index: index, expectedTitle: expectedTitle)
  }

  /// Reads the articles of one file's bytes, sharing repeated strings through `interner`.
  static func summaries(
    bytes: UnsafeBufferPointer<UInt8>, relativePath: String, limits: LoadLimits,
    interner: StringInterner?
  ) -> ArticleFileSummaries {
    var scanner = ArticleJSONScanner(
      bytes: bytes, relativePath: relativePath, limits: limits, interner: interner)
    return scanner.scanSummaries()
  }
}
