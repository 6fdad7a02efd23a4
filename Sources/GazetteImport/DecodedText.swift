/// A page's text decoded to UTF-8, with the encoding and how it was chosen.
public struct DecodedText: Sendable, Equatable {
  /// How the encoding was chosen.
  public enum Evidence: String, Sendable, Equatable {
    /// Given with `--encoding`.
    case option = "--encoding"
    /// A byte order mark.
    case byteOrderMark = "byte order mark"
    /// The HTTP `Content-Type` header.
    case httpHeader = "HTTP header"
    /// `<meta charset>`, `<meta http-equiv>` or `<?xml encoding?>`.
    case declaration = "declared in the page"
    /// Valid UTF-8 with nothing declared.
    case validUTF8 = "valid UTF-8"
    /// Valid UTF-8 (and not ASCII) although the page declares a legacy encoding.
    case validUTF8DespiteDeclaration = "valid UTF-8 despite the declaration"
    /// The only legacy encoding that reads the bytes into plausible text.
    case detected = "detected"
  }

  /// The text.
  public var text: String
  /// The encoding it was in.
  public var encoding: TextEncoding
  /// How that was decided.
  public var evidence: Evidence
}
