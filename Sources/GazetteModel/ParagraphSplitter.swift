/// Splits body text into paragraphs.
///
/// Line ends (CRLF, CR, NEL, U+2028) become `\n` and U+2029 ends a paragraph. A string body
/// breaks into paragraphs at blank lines (lines holding only whitespace); single line breaks stay
/// inside a paragraph as `\n`. Every paragraph is trimmed of leading and trailing whitespace
/// (Unicode White_Space, so ideographic-space indents go too) and empty ones are dropped.
///
/// The work is done on UTF-8 bytes, so a body of many megabytes splits in milliseconds.
enum ParagraphSplitter {
  /// The paragraphs of a string body, NFC-normalised.
  static func paragraphs(of text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var paragraphs: [String] = []
      var current: [UInt8] = []
      forEachLine(of: bytes) { line, endsParagraph in
        if isBlank(line) {
          flush(&current, into: &paragraphs)
        } else {
          if !current.isEmpty { current.append(0x0A) }
          current.append(contentsOf: line)
        }
        if endsParagraph { flush(&current, into: &paragraphs) }
      }
      flush(&current, into: &paragraphs)
      return paragraphs
    }
  }

  /// One element of an array body as a paragraph (line ends normalised, trimmed, NFC), or `nil`
  /// when it is blank.
  static func paragraph(ofElement text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes in
      var joined: [UInt8] = []
      var first = true
      forEachLine(of: bytes) { line, _ in
        if !first { joined.append(0x0A) }
        joined.append(contentsOf: line)
        first = false
      }
      var paragraphs: [String] = []
      flush(&joined, into: &paragraphs)
      return paragraphs.first
    }
  }

  /// `text` without leading and trailing whitespace (Unicode White_Space).
  static func trimmingWhitespace(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      let range = trimmedRange(bytes)
      if range.count == bytes.count { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    } ?? text
  }

  /// Whether `scalar` is Unicode White_Space, without a property lookup for common characters.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    if value >= 0x3001 && value < 0xFE00 { return false }  // CJK, kana, Hangul: never spaces
    return scalar.properties.isWhitespace
  }

  // MARK: - Bytes

  /// Calls `body` with each line of `bytes` (without its line end) and whether a paragraph
  /// separator (U+2029) ended it.
  private static func forEachLine(
    of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void
  ) {
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      var endLength = 0
      var endsParagraph = false
      if byte == 0x0A {
        endLength = 1
      } else if byte == 0x0D {
        endLength = index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
      } else if byte == 0xC2 && index + 1 < count && bytes[index + 1] == 0x85 {
        endLength = 2  // NEL
      } else if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
      {
        endLength = 3  // U+2028, U+2029
        endsParagraph = bytes[index + 2] == 0xA9
      }
      if endLength > 0 {
        body(UnsafeBufferPointer(rebasing: bytes[start..<index]), endsParagraph)
        index += endLength
        start = index
      } else {
        index += 1
      }
    }
    body(UnsafeBufferPointer(rebasing: bytes[start..<count]), false)
  }

  /// Appends `current`, trimmed and NFC-normalised, to `paragraphs` unless it is blank, and
  /// empties it.
  private static func flush(_ current: inout [UInt8], into paragraphs: inout [String]) {
    defer { current.removeAll(keepingCapacity: true) }
    current.withUnsafeBufferPointer { bytes in
      let range = trimmedRange(bytes)
      guard !range.isEmpty else { return }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      paragraphs.append(TextNormalizer.nfc(text))
    }
  }

  private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    trimmedRange(bytes).isEmpty
  }

  /// The range of `bytes` without leading and trailing whitespace.
  private static func trimmedRange(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var start = 0
    while start < bytes.count {
      let length = whitespaceLength(bytes, at: start)
      if length == 0 { break }
      start += length
    }
    var end = bytes.count
    while end > start {
      // Step back to the start of the last character.
      var characterStart = end - 1
      while characterStart > start && bytes[characterStart] & 0xC0 == 0x80 {
        characterStart -= 1
      }
      if whitespaceLength(bytes, at: characterStart) != end - characterStart { break }
      end = characterStart
    }
    return start..<end
  }

  /// The length in bytes of the White_Space character at `index`, or 0 when there is none.
  ///
  /// White_Space: U+0009–000D, U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028, U+2029,
  /// U+202F, U+205F, U+3000.
  private static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
    let remaining = bytes.count - index
    switch byte {
    case 0xC2:
      guard remaining >= 2 else { return 0 }
      return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
    case 0xE1:
      guard remaining >= 3 else { return 0 }
      return bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
    case 0xE2:
      guard remaining >= 3 else { return 0 }
      let second = bytes[index + 1]
      let third = bytes[index + 2]
      if second == 0x80 {
        return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
      }
      return second == 0x81 && third == 0x9F ? 3 : 0
    case 0xE3:
      guard remaining >= 3 else { return 0 }
      return bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
    default:
      return 0
    }
  }
}
