/// A strict, iterative JSON (RFC 8259) reader over UTF-8 bytes that hands out one token at a time.
///
/// It validates everything (grammar, UTF-8, escapes, number syntax) but decodes nothing: tokens
/// are byte ranges. Nesting is tracked on an explicit stack with a depth limit, so hostile input
/// such as 200,000 `[` is a clean error rather than a stack overflow. A UTF-8 byte order mark at
/// the start is skipped.
struct JSONReader {
  private enum State {
    /// Expecting the document's one value.
    case topValue
    /// Just after `[`: a value or `]`.
    case arrayFirst
    /// Just after `{`: a field name or `}`.
    case objectFirst
    /// Just after a field name and its colon: the field's value.
    case objectValue
    /// After a value inside a container: `,` or the closing bracket.
    case afterValue
    /// After the document's value: only whitespace may follow.
    case afterTop
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let maxDepth: Int
  private var position: Int
  /// Open containers, innermost last: `true` for an object, `false` for an array.
  private var containers: [Bool] = []
  private var state = State.topValue

  /// Creates a reader; `maxDepth` is the deepest nesting of arrays and objects accepted.
  init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = max(1, maxDepth)
    position = JSONReader.byteOrderMarkLength(bytes)
  }

  /// Number of containers currently open.
  var depth: Int { containers.count }

  /// 3 when `bytes` starts with a UTF-8 byte order mark, else 0.
  static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return 3 }
    return 0
  }

  /// Whether the bytes after the byte order mark are only JSON whitespace.
  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = byteOrderMarkLength(bytes)
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return false
      }
    }
    return true
  }

  // MARK: - Tokens

  /// Reads the next token; after `.endOfInput` it keeps returning `.endOfInput`.
  mutating func next() throws(JSONSyntaxError) -> JSONToken {
    skipWhitespace()
    switch state {
    case .topValue, .objectValue:
      return try readValue()
    case .afterTop:
      guard position >= bytes.count else {
        throw error(at: position, "extra data after the JSON value: found \(found(at: position))")
      }
      return JSONToken(kind: .endOfInput, start: position, end: position)
    case .arrayFirst:
      if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
        return closeContainer(kind: .arrayEnd)
      }
      return try readValue()
    case .objectFirst:
      if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
        return closeContainer(kind: .objectEnd)
      }
      return try readKey()
    case .afterValue:
      return try readAfterValue()
    }
  }

  /// Consumes the rest of a value whose first token is `token` (everything up to the matching
  /// closing bracket for a container; nothing for a scalar).
  mutating func skipValue(startingWith token: JSONToken) throws(JSONSyntaxError) {
    guard token.kind == .objectStart || token.kind == .arrayStart else { return }
    let outerDepth = containers.count - 1
    while containers.count > outerDepth {
      let inner = try next()
      if inner.kind == .endOfInput { return }
    }
  }

  private mutating func readAfterValue() throws(JSONSyntaxError) -> JSONToken {
    let inObject = containers.last ?? false
    let closing = inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
    guard position < bytes.count else {
      throw error(
        at: position,
        "the file ends too early: expected `,` or `\(inObject ? "}" : "]")`")
    }
    let byte = bytes[position]
    if byte == closing {
      return closeContainer(kind: inObject ? .objectEnd : .arrayEnd)
    }
    guard byte == UInt8(ascii: ",") else {
      let place = inObject ? "after a field in an object" : "after a value in an array"
      throw error(
        at: position,
        "expected `,` or `\(inObject ? "}" : "]")` \(place), found \(found(at: position))")
    }
    let commaOffset = position
    position += 1
    skipWhitespace()
    if position < bytes.count
      && (bytes[position] == UInt8(ascii: "}") || bytes[position] == UInt8(ascii: "]"))
    {
      throw error(
        at: commaOffset,
        "trailing comma: expected another \(inObject ? "field" : "value") after `,`, found "
          + found(at: position))
    }
    return inObject ? try readKey() : try readValue()
  }

  private mutating func closeContainer(kind: JSONToken.Kind) -> JSONToken {
    let start = position
    position += 1
    containers.removeLast()
    state = containers.isEmpty ? .afterTop : .afterValue
    return JSONToken(kind: kind, start: start, end: position)
  }

  private mutating func openContainer(isObject: Bool) throws(JSONSyntaxError) -> JSONToken {
    guard containers.count < maxDepth else {
      throw JSONSyntaxError(
        offset: position,
        message: "arrays and objects are nested more than \(maxDepth) levels deep (the limit)",
        kind: .nesting)
    }
    let start = position
    position += 1
    containers.append(isObject)
    state = isObject ? .objectFirst : .arrayFirst
    return JSONToken(kind: isObject ? .objectStart : .arrayStart, start: start, end: position)
  }

  private mutating func finishedValue() {
    state = containers.isEmpty ? .afterTop : .afterValue
  }

  private mutating func readKey() throws(JSONSyntaxError) -> JSONToken {
    guard position < bytes.count else {
      throw error(at: position, "the file ends too early: expected a field name or `}`")
    }
    guard bytes[position] == UInt8(ascii: "\"") else {
      throw error(
        at: position, "expected a field name in double quotes, found \(found(at: position))")
    }
    var token = try readString()
    token.kind = .key
    skipWhitespace()
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
      throw error(at: position, "expected `:` after the field name, found \(found(at: position))")
    }
    position += 1
    state = .objectValue
    return token
  }

  private mutating func readValue() throws(JSONSyntaxError) -> JSONToken {
    guard position < bytes.count else {
      throw error(at: position, "the file ends too early: expected a value")
    }
    switch bytes[position] {
    case UInt8(ascii: "{"):
      return try openContainer(isObject: true)
    case UInt8(ascii: "["):
      return try openContainer(isObject: false)
    case UInt8(ascii: "\""):
      let token = try readString()
      finishedValue()
      return token
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let token = try readNumber()
      finishedValue()
      return token
    case UInt8(ascii: "t"):
      return try readLiteral("true", kind: .trueValue)
    case UInt8(ascii: "f"):
      return try readLiteral("false", kind: .falseValue)
    case UInt8(ascii: "n"):
      return try readLiteral("null", kind: .null)
    default:
      throw error(at: position, "expected a value, found \(found(at: position))")
    }
  }

  private mutating func readLiteral(_ word: StaticString, kind: JSONToken.Kind)
    throws(JSONSyntaxError) -> JSONToken
  {
    let start = position
    let length = word.utf8CodeUnitCount
    var matches = start + length <= bytes.count
    if matches {
      let expected = UnsafeBufferPointer(start: word.utf8Start, count: length)
      for offset in 0..<length where bytes[start + offset] != expected[offset] {
        matches = false
        break
      }
    }
    guard matches, isDelimiter(at: start + length) else {
      throw error(at: start, "expected a value, found \(found(at: start))")
    }
    position = start + length
    finishedValue()
    return JSONToken(kind: kind, start: start, end: position)
  }

  // MARK: - Numbers

  private mutating func readNumber() throws(JSONSyntaxError) -> JSONToken {
    let start = position
    var flags: UInt8 = 0
    if bytes[position] == UInt8(ascii: "-") {
      flags |= JSONToken.isNegative
      position += 1
    }
    guard position < bytes.count, isDigit(bytes[position]) else {
      throw error(at: position, "expected a digit after `-`, found \(found(at: position))")
    }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count && isDigit(bytes[position]) {
        throw error(at: start, "numbers cannot start with 0 followed by more digits (leading zero)")
      }
    } else {
      skipDigits()
    }
    if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
      flags |= JSONToken.hasFractionOrExponent
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error(
          at: position, "expected a digit after the decimal point, found \(found(at: position))")
      }
      skipDigits()
    }
    if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      flags |= JSONToken.hasFractionOrExponent
      position += 1
      if position < bytes.count
        && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"))
      {
        position += 1
      }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error(
          at: position, "expected a digit in the exponent, found \(found(at: position))")
      }
      skipDigits()
    }
    guard isDelimiter(at: position) else {
      throw error(at: position, "unexpected \(found(at: position)) after a number")
    }
    return JSONToken(kind: .number, start: start, end: position, flags: flags)
  }

  private mutating func skipDigits() {
    while position < bytes.count && isDigit(bytes[position]) { position += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// Whether a number or literal may end before `offset` (end of file, whitespace, `,`, `]`, `}`).
  private func isDelimiter(at offset: Int) -> Bool {
    guard offset < bytes.count else { return true }
    switch bytes[offset] {
    case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"):
      return true
    default:
      return false
    }
  }

  // MARK: - Strings

  private mutating func readString() throws(JSONSyntaxError) -> JSONToken {
    let start = position
    position += 1
    var flags = JSONToken.isASCII
    let count = bytes.count
    guard let base = bytes.baseAddress else {
      throw error(at: start, "this string is never closed (the file ends first)")
    }
    while true {
      // Eight plain ASCII bytes at a time: no quote, backslash, control or non-ASCII byte.
      while position + 8 <= count {
        let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
        if JSONReader.hasSpecialByte(word) { break }
        position += 8
      }
      guard position < count else {
        throw error(at: start, "this string is never closed (the file ends first)")
      }
      let byte = base[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return JSONToken(kind: .string, start: start, end: position, flags: flags)
      } else if byte == UInt8(ascii: "\\") {
        flags |= JSONToken.hasEscapes
        try readEscape()
      } else if byte < 0x20 {
        if byte == 0x0A || byte == 0x0D {
          throw error(
            at: position, "line break inside a string (a string must be on one line; write \\n)")
        }
        throw error(
          at: position,
          "control character \(JSONReader.codePoint(UInt32(byte))) inside a string "
            + "(write it as an escape such as \\u00\(JSONReader.hex(UInt32(byte), digits: 2)))")
      } else if byte < 0x80 {
        position += 1
      } else {
        flags &= ~JSONToken.isASCII
        // Well-formed two- and three-byte characters (all of CJK) without the full checks.
        if (byte >= 0xE1 && byte <= 0xEC) || byte == 0xEE || byte == 0xEF {
          if position + 2 < count && base[position + 1] & 0xC0 == 0x80
            && base[position + 2] & 0xC0 == 0x80
          {
            position += 3
            continue
          }
        } else if byte >= 0xC2 && byte <= 0xDF {
          if position + 1 < count && base[position + 1] & 0xC0 == 0x80 {
            position += 2
            continue
          }
        }
        try skipMultiByteCharacter()
      }
    }
  }

  /// Whether any byte of `word` is `"`, `\`, below 0x20 or above 0x7F.
  private static func hasSpecialByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let control = (word &- (ones &* 0x20)) & ~word & highs
    return word & highs != 0 || control != 0 || hasZeroByte(quote) || hasZeroByte(backslash)
  }

  private mutating func readEscape() throws(JSONSyntaxError) {
    let start = position
    guard position + 1 < bytes.count else {
      throw error(at: start, "this string is never closed (the file ends first)")
    }
    switch bytes[position + 1] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      position += 2
    case UInt8(ascii: "u"):
      for offset in 2..<6 {
        guard start + offset < bytes.count, JSONReader.hexValue(bytes[start + offset]) != nil
        else {
          throw error(at: start, "`\\u` must be followed by four hexadecimal digits")
        }
      }
      position += 6
    default:
      let escaped = bytes[position + 1]
      let shown =
        escaped > 0x20 && escaped < 0x7F
        ? "`\\\(Character(Unicode.Scalar(escaped)))`" : "a backslash before \(found(at: start + 1))"
      throw error(
        at: start,
        "invalid escape \(shown) in a string "
          + "(allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits)")
    }
  }

  private mutating func skipMultiByteCharacter() throws(JSONSyntaxError) {
    switch JSONReader.validateUTF8Sequence(bytes, at: position) {
    case .success(let length): position += length
    case .failure(let failure): throw failure
    }
  }

  /// Checks the UTF-8 sequence starting at `offset` (a non-ASCII byte) and returns its length.
  static func validateUTF8Sequence(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> Result<Int, JSONSyntaxError>
  {
    let lead = bytes[offset]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      secondRange = 0xA0...0xBF
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      secondRange = 0x80...0x9F
    case 0xF0:
      length = 4
      secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      secondRange = 0x80...0x8F
    case 0x80...0xBF:
      return .failure(
        notUTF8(offset, "byte 0x\(hex(UInt32(lead), digits: 2)) cannot start a character"))
    case 0xC0, 0xC1:
      return .failure(
        notUTF8(offset, "byte 0x\(hex(UInt32(lead), digits: 2)) is an overlong encoding"))
    default:
      return .failure(
        notUTF8(offset, "byte 0x\(hex(UInt32(lead), digits: 2)) never appears in UTF-8"))
    }
    for index in 1..<length {
      guard offset + index < bytes.count else {
        return .failure(notUTF8(offset, "the file ends in the middle of a character"))
      }
      let byte = bytes[offset + index]
      let allowed = index == 1 ? secondRange : 0x80...0xBF
      guard allowed.contains(byte) else {
        if index == 1 && lead == 0xED && byte >= 0xA0 && byte <= 0xBF {
          return .failure(notUTF8(offset, "a UTF-16 surrogate is encoded in UTF-8"))
        }
        if index == 1 && (lead == 0xE0 || lead == 0xF0) && byte >= 0x80 && byte <= 0xBF {
          return .failure(notUTF8(offset, "overlong encoding of a character"))
        }
        if index == 1 && lead == 0xF4 && byte >= 0x90 && byte <= 0xBF {
          return .failure(notUTF8(offset, "code point above U+10FFFF"))
        }
        return .failure(notUTF8(offset, "incomplete character (a byte is missing)"))
      }
    }
    return .success(length)
  }

  private static func notUTF8(_ offset: Int, _ detail: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: offset, message: "not valid UTF-8: \(detail)", kind: .encoding)
  }

  // MARK: - Whitespace and messages

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  private func error(at offset: Int, _ message: String) -> JSONSyntaxError {
    JSONSyntaxError(offset: offset, message: message)
  }

  /// Describes what is at `offset` for a message: "`}`", "`NaN`", "the end of the file", ...
  private func found(at offset: Int) -> String {
    guard offset < bytes.count else { return "the end of the file" }
    let byte = bytes[offset]
    switch byte {
    case UInt8(ascii: "'"): return "`'` (JSON strings need double quotes)"
    case UInt8(ascii: "/"): return "`/` (JSON has no comments)"
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "_"):
      var end = offset
      while end < bytes.count && end - offset < 16 {
        let letter = bytes[end]
        let isWordByte =
          (letter | 0x20) >= UInt8(ascii: "a") && (letter | 0x20) <= UInt8(ascii: "z")
          || letter == UInt8(ascii: "_") || isDigit(letter)
        guard isWordByte else { break }
        end += 1
      }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
      switch word {
      case "NaN", "Infinity", "undefined":
        return "`\(word)` (not allowed in JSON)"
      case "True", "False", "None", "TRUE", "FALSE", "NULL", "Null":
        return "`\(word)` (JSON literals are lowercase: true, false, null)"
      default:
        return "`\(word)`"
      }
    case 0x21...0x7E:
      return "`\(Character(Unicode.Scalar(byte)))`"
    case 0x00..<0x20, 0x7F:
      return "the control character \(JSONReader.codePoint(UInt32(byte)))"
    default:
      switch JSONReader.validateUTF8Sequence(bytes, at: offset) {
      case .failure:
        return "a byte that is not valid UTF-8 (0x\(JSONReader.hex(UInt32(byte), digits: 2)))"
      case .success(let length):
        let text = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]),
          as: UTF8.self)
        let value = text.unicodeScalars.first?.value ?? 0xFFFD
        return "the character \(JSONReader.codePoint(value))"
      }
    }
  }

  /// `U+` and at least four hexadecimal digits: how a code point is named in messages.
  static func codePoint(_ value: UInt32) -> String {
    "U+" + hex(value, digits: 4)
  }

  /// Upper-case hexadecimal, zero-padded to at least `digits`.
  static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// The value of a hexadecimal digit byte.
  static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
