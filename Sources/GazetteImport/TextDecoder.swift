/// Decodes a page's bytes to text.
///
/// The encoding comes from `--encoding`, a byte order mark, the HTTP header, a declaration in
/// the page, valid UTF-8, or, when nothing says, the one legacy CJK encoding that reads the
/// bytes into plausible text. It never guesses silently: when two encodings read the bytes
/// about equally well, or none does, that is an error.
public struct TextDecoder: Sendable {
  /// How much better (out of 1) the best detected encoding must score than the next.
  static let detectionMargin = 0.15
  /// The least score (out of 1) a detected encoding needs.
  static let detectionMinimum = 0.6
  /// The encodings detection tries, in this order.
  static let candidates: [TextEncoding] = [.gb18030, .big5, .shiftJIS, .eucJP, .eucKR]

  private let readings: HanReadings

  /// Creates a decoder.
  public init(readings: HanReadings = .shared) {
    self.readings = readings
  }

  /// The text of `bytes`.
  ///
  /// `headerCharset` is the `charset` of an HTTP `Content-Type`; `forced` is `--encoding`.
  public func decode(_ bytes: [UInt8], headerCharset: String? = nil, forced: TextEncoding? = nil)
    throws(DecodingFailure) -> DecodedText
  {
    if let forced { return try convert(strippingBOM(bytes, forced), forced, evidence: .option) }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try convert(Array(bytes.dropFirst(3)), .utf8, evidence: .byteOrderMark)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return try convert(Array(bytes.dropFirst(2)), .utf16LE, evidence: .byteOrderMark)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return try convert(Array(bytes.dropFirst(2)), .utf16BE, evidence: .byteOrderMark)
    }
    if let headerCharset, !headerCharset.isEmpty {
      guard let encoding = TextEncoding(label: headerCharset) else {
        throw .unsupported(headerCharset)
      }
      return try convert(bytes, encoding, evidence: .httpHeader)
    }
    if let label = Self.declaredCharset(bytes) {
      guard let encoding = TextEncoding(label: label) else { throw .unsupported(label) }
      // A page saved as UTF-8 keeps its old declaration more often than not.
      if encoding != .utf8, let text = Self.validUTF8(bytes), !bytes.allSatisfy({ $0 < 0x80 }) {
        return DecodedText(text: text, encoding: .utf8, evidence: .validUTF8DespiteDeclaration)
      }
      return try convert(
        bytes, encoding == .utf16LE || encoding == .utf16BE ? .utf8 : encoding,
        evidence: .declaration)
    }
    if bytes.contains(0) { throw .binary }
    if let text = Self.validUTF8(bytes) {
      return DecodedText(text: text, encoding: .utf8, evidence: .validUTF8)
    }
    return try detect(bytes)
  }

  private func strippingBOM(_ bytes: [UInt8], _ encoding: TextEncoding) -> [UInt8] {
    encoding == .utf8 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
  }

  private func convert(_ bytes: [UInt8], _ encoding: TextEncoding, evidence: DecodedText.Evidence)
    throws(DecodingFailure) -> DecodedText
  {
    if encoding == .utf8 {
      guard let text = Self.validUTF8(bytes) else {
        throw .invalid(.utf8, evidence: evidence, offset: Self.firstInvalidUTF8(bytes))
      }
      return DecodedText(text: text, encoding: .utf8, evidence: evidence)
    }
    do {
      let utf8 = try Iconv.utf8(from: bytes, encoding: encoding.iconvName)
      guard let text = Self.validUTF8(utf8) else {
        throw DecodingFailure.invalid(encoding, evidence: evidence, offset: 0)
      }
      return DecodedText(text: text, encoding: encoding, evidence: evidence)
    } catch let failure as Iconv.Failure {
      throw .invalid(encoding, evidence: evidence, offset: failure.offset)
    } catch let failure as DecodingFailure {
      throw failure
    } catch {
      throw .undecodable
    }
  }

  /// Tries every legacy encoding and keeps the one that reads clearly best.
  private func detect(_ bytes: [UInt8]) throws(DecodingFailure) -> DecodedText {
    var scored: [(TextEncoding, String, Double)] = []
    for encoding in Self.candidates {
      guard let utf8 = try? Iconv.utf8(from: bytes, encoding: encoding.iconvName),
        let text = Self.validUTF8(utf8)
      else { continue }
      scored.append((encoding, text, plausibility(text, encoding: encoding)))
    }
    scored.sort { $0.2 > $1.2 }
    guard let best = scored.first, best.2 >= Self.detectionMinimum else { throw .undecodable }
    let close = scored.dropFirst().filter { best.2 - $0.2 < Self.detectionMargin && $0.1 != best.1 }
    guard close.isEmpty else { throw .ambiguous([best.0] + close.map(\.0)) }
    return DecodedText(text: best.1, encoding: best.0, evidence: .detected)
  }

  /// How much of `text` (outside ASCII) is what real text in `encoding`'s language is made of:
  /// common ideographs, kana, Hangul, CJK punctuation; out of 1.
  func plausibility(_ text: String, encoding: TextEncoding) -> Double {
    var total = 0
    var points = 0
    var kana = 0
    var hangul = 0
    var han = 0
    var gaps = 0
    var previous: Unicode.Scalar = " "
    var beforePrevious: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      // A space between two non-ASCII characters: Korean separates words so, Chinese and
      // Japanese prose does not.
      if previous == " " && beforePrevious.value >= 0x80 && scalar.value >= 0x80 { gaps += 1 }
      beforePrevious = previous
      previous = scalar
    }
    for scalar in text.unicodeScalars where scalar.value >= 0x80 {
      total += 1
      let value = scalar.value
      if HanReadings.isIdeograph(scalar) {
        han += 1
        points += readings.isCommon(scalar) ? 1 : -1
      } else if (0x3041...0x30FF).contains(value) {
        kana += 1
        points += 1
      } else if (0xAC00...0xD7A3).contains(value) {
        hangul += 1
        points += 1
      } else if (0x3000...0x303F).contains(value) || (0xFF01...0xFF5E).contains(value)
        || (0x2010...0x2027).contains(value)
      {
        points += 1
      } else if (0x80...0x9F).contains(value) || (0xE000...0xF8FF).contains(value)
        || scalar.properties.generalCategory == .unassigned
      {
        points -= 3
      } else {
        points -= 1
      }
    }
    guard total > 0 else { return 0 }
    var score = Double(max(points, 0)) / Double(total)
    if encoding != .eucKR && gaps * 12 > total { score *= 0.5 }
    switch encoding {
    case .shiftJIS, .eucJP:
      // Japanese prose is never without kana.
      if kana * 10 < han + kana { score *= 0.5 }
    case .eucKR:
      // Korean prose is mostly Hangul.
      if hangul * 2 < han + hangul { score *= 0.5 }
    default:
      // Chinese prose has neither kana nor Hangul to speak of.
      if kana + hangul > (han + kana + hangul) / 10 { score *= 0.5 }
    }
    return score
  }

  /// The `charset` or `encoding` a page declares in its first 4 KiB: `<?xml encoding?>`,
  /// `<meta charset>`, `<meta http-equiv="Content-Type" content="…charset=…">`.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = Array(bytes.prefix(4096)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    let text = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
    if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
      let declaration = text[..<end.lowerBound]
      return value(after: "encoding", in: declaration)
    }
    var rest = Substring(text)
    while let meta = rest.range(of: "<meta") {
      let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
      let tag = rest[meta.upperBound..<tagEnd]
      if let charset = value(after: "charset", in: tag) { return charset }
      rest = rest[tagEnd...]
    }
    return nil
  }

  /// The value after `name=` in `text` (quoted or not), when there is one.
  private static func value(after name: String, in text: Substring) -> String? {
    guard let range = text.range(of: name) else { return nil }
    var rest = text[range.upperBound...].drop(while: { $0 == " " })
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
    let value = rest.prefix(while: { !" \"';>/?".contains($0) })
    return value.isEmpty ? nil : String(value)
  }

  /// `bytes` as a String when they are valid UTF-8.
  static func validUTF8(_ bytes: [UInt8]) -> String? {
    String(validating: bytes, as: UTF8.self)
  }

  /// The offset of the first byte that is not valid UTF-8.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
    var index = 0
    while index < bytes.count {
      let length: Int
      switch bytes[index] {
      case 0..<0x80: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.count,
        String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
      else { return index }
      index += length
    }
    return index
  }
}
