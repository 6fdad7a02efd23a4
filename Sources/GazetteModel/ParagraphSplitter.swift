/// Splits body text into paragraphs.
///
/// Line ends (CRLF, CR, NEL, U+2028) become `\n` and U+2029 ends a paragraph. A string body
/// breaks into paragraphs at blank lines (lines holding only whitespace); single line breaks stay
/// inside a paragraph as `\n`. Every paragraph is trimmed of leading and trailing whitespace
/// (Unicode White_Space, so ideographic-space indents go too) and empty ones are dropped.
enum ParagraphSplitter {
  /// The paragraphs of a string body, NFC-normalised.
  static func paragraphs(of text: String) -> [String] {
    var paragraphs: [String] = []
    var current = String.UnicodeScalarView()
    var line = String.UnicodeScalarView()
    var lineIsBlank = true
    var previousWasCR = false

    func endParagraph() {
      if let paragraph = trimmed(current) { paragraphs.append(paragraph) }
      current = String.UnicodeScalarView()
    }
    func endLine() {
      if lineIsBlank {
        endParagraph()
      } else {
        if !current.isEmpty { current.append("\n") }
        current.append(contentsOf: line)
      }
      line = String.UnicodeScalarView()
      lineIsBlank = true
    }

    for scalar in text.unicodeScalars {
      let wasCR = previousWasCR
      previousWasCR = scalar == "\r"
      switch scalar {
      case "\n":
        if !wasCR { endLine() }
      case "\r", "\u{85}", "\u{2028}":
        endLine()
      case "\u{2029}":
        endLine()
        endParagraph()
      default:
        if lineIsBlank && !isWhitespace(scalar) { lineIsBlank = false }
        line.append(scalar)
      }
    }
    endLine()
    endParagraph()
    return paragraphs
  }

  /// One element of an array body as a paragraph (line ends normalised, trimmed, NFC), or `nil`
  /// when it is blank.
  static func paragraph(ofElement text: String) -> String? {
    var scalars = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      let wasCR = previousWasCR
      previousWasCR = scalar == "\r"
      switch scalar {
      case "\n":
        if !wasCR { scalars.append("\n") }
      case "\r", "\u{85}", "\u{2028}":
        scalars.append("\n")
      case "\u{2029}":
        scalars.append("\n")
      default:
        scalars.append(scalar)
      }
    }
    return trimmed(scalars)
  }

  /// `scalars` without leading and trailing whitespace, NFC-normalised; `nil` when nothing is left.
  private static func trimmed(_ scalars: String.UnicodeScalarView) -> String? {
    guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !isWhitespace($0) })
    else { return nil }
    return TextNormalizer.nfc(String(scalars[first...last]))
  }

  /// `text` without leading and trailing whitespace (Unicode White_Space).
  static func trimmingWhitespace(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let firstScalar = scalars.first, let lastScalar = scalars.last else { return text }
    if !isWhitespace(firstScalar) && !isWhitespace(lastScalar) { return text }
    guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !isWhitespace($0) })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Whether `scalar` is Unicode White_Space, without a property lookup for common characters.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    if value >= 0x3001 && value < 0xFE00 { return false }  // CJK, kana, Hangul: never spaces
    return scalar.properties.isWhitespace
  }
}
