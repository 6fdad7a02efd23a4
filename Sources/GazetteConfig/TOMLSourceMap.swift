/// Where every key and value of a TOML document starts, found by scanning its text.
///
/// TOMLKit gives a position only for a syntax error; problems found later (an unknown key, a
/// wrong type, a key bound twice) need the place the user wrote it. The scanner follows just
/// enough of TOML's grammar for that: table headers, arrays of tables, dotted and quoted keys,
/// strings of all four kinds, arrays and inline tables, and comments. It is meant for text
/// TOMLKit accepted, and on any other text it still ends without failing.
public struct TOMLSourceMap: Sendable {
  /// The position of each key, by the path of the value it names.
  public private(set) var keyPositions: [ConfigPath: SourcePosition] = [:]
  /// The position where each value starts, by its path (array elements included).
  public private(set) var valuePositions: [ConfigPath: SourcePosition] = [:]
  /// The first table header that does not start with a key (`[=`, `[.a]`, `[` alone), where
  /// the key should be, with what is there instead (nil at the end of the text).
  ///
  /// toml++ (under TOMLKit) stops the whole process with a failed assertion on such a header
  /// instead of reporting an error, so a file that has one must not reach it.
  public private(set) var headerWithoutKey: (position: SourcePosition, found: Character?)?

  /// Scans `text`.
  public init(scanning text: String) {
    var scanner = Scanner(scalars: Array(text.unicodeScalars))
    scanner.scanDocument()
    keyPositions = scanner.keyPositions
    valuePositions = scanner.valuePositions
    headerWithoutKey = scanner.headerWithoutKey
  }

  /// Where the key of `path` was written; for a path the file does not spell out (a table
  /// made implicitly), the nearest enclosing one that it does.
  public func keyPosition(_ path: ConfigPath) -> SourcePosition? {
    var path = path
    while true {
      if let position = keyPositions[path] ?? valuePositions[path] { return position }
      if path.components.isEmpty { return nil }
      path.components.removeLast()
    }
  }

  /// Where the value of `path` starts; its key's position when the value was not found.
  public func valuePosition(_ path: ConfigPath) -> SourcePosition? {
    valuePositions[path] ?? keyPosition(path)
  }
}

/// The cursor over the document's scalars, with the line and column it is at.
private struct Scanner {
  let scalars: [Unicode.Scalar]
  var index = 0
  var line = 1
  var column = 1
  var keyPositions: [ConfigPath: SourcePosition] = [:]
  var valuePositions: [ConfigPath: SourcePosition] = [:]
  var arrayTableCounts: [ConfigPath: Int] = [:]
  var headerWithoutKey: (position: SourcePosition, found: Character?)?

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  var position: SourcePosition { SourcePosition(line: line, column: column) }
  var atEnd: Bool { index >= scalars.count }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  mutating func advance(_ count: Int = 1) {
    for _ in 0..<count where index < scalars.count {
      if scalars[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
  }

  mutating func skipSpaces() {
    while let scalar = peek(), scalar == " " || scalar == "\t" { advance() }
  }

  /// Skips blanks, newlines and comments.
  mutating func skipBlankSpace() {
    while let scalar = peek() {
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
        advance()
      } else if scalar == "#" {
        skipToEndOfLine()
      } else {
        return
      }
    }
  }

  mutating func skipToEndOfLine() {
    while let scalar = peek(), scalar != "\n" { advance() }
  }

  mutating func scanDocument() {
    var table = ConfigPath()
    while true {
      skipBlankSpace()
      guard let scalar = peek() else { return }
      let start = index
      if scalar == "[" {
        let isArrayOfTables = peek(1) == "["
        advance(isArrayOfTables ? 2 : 1)
        skipSpaces()
        if headerWithoutKey == nil,
          !(peek().map { Self.isBareKeyScalar($0) || $0 == "\"" || $0 == "'" || $0 == "]" } ?? false)
        {
          headerWithoutKey = (position, peek().map { Character($0) })
        }
        var path = ConfigPath()
        for (key, keyPosition) in scanKey() {
          path = path.appending(key)
          if keyPositions[path] == nil { keyPositions[path] = keyPosition }
        }
        if isArrayOfTables {
          let count = arrayTableCounts[path, default: 0]
          arrayTableCounts[path] = count + 1
          path = path.appending(index: count)
          keyPositions[path] = keyPositions[path] ?? position
        }
        table = path
        skipToEndOfLine()
      } else {
        scanKeyValue(in: table)
        skipSpaces()
        if peek() == "#" { skipToEndOfLine() }
      }
      if index == start { skipToEndOfLine() }
      if index == start { advance() }
    }
  }

  /// Reads a dotted key: each part with the position it starts at.
  mutating func scanKey() -> [(String, SourcePosition)] {
    var parts: [(String, SourcePosition)] = []
    while true {
      skipSpaces()
      let start = position
      var part = ""
      if peek() == "\"" {
        part = scanBasicString()
      } else if peek() == "'" {
        part = scanLiteralString()
      } else {
        while let scalar = peek(), Self.isBareKeyScalar(scalar) {
          part.unicodeScalars.append(scalar)
          advance()
        }
      }
      parts.append((part, start))
      skipSpaces()
      guard peek() == "." else { return parts }
      advance()
    }
  }

  static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
    default: return false
    }
  }

  /// Reads `key = value` relative to `table`.
  mutating func scanKeyValue(in table: ConfigPath) {
    var path = table
    let parts = scanKey()
    for (key, keyPosition) in parts {
      path = path.appending(key)
      if keyPositions[path] == nil { keyPositions[path] = keyPosition }
    }
    skipSpaces()
    guard peek() == "=" else { return }
    advance()
    skipSpaces()
    scanValue(at: path)
  }

  mutating func scanValue(at path: ConfigPath) {
    valuePositions[path] = position
    switch peek() {
    case "\"":
      if peek(1) == "\"" && peek(2) == "\"" {
        scanMultilineString(quote: "\"")
      } else {
        _ = scanBasicString()
      }
    case "'":
      if peek(1) == "'" && peek(2) == "'" {
        scanMultilineString(quote: "'")
      } else {
        _ = scanLiteralString()
      }
    case "[":
      advance()
      var element = 0
      while true {
        skipBlankSpace()
        guard let scalar = peek() else { return }
        if scalar == "]" {
          advance()
          return
        }
        let start = index
        scanValue(at: path.appending(index: element))
        element += 1
        skipBlankSpace()
        if peek() == "," { advance() }
        if index == start { advance() }
      }
    case "{":
      advance()
      while true {
        skipSpaces()
        guard let scalar = peek(), scalar != "\n" else { return }
        if scalar == "}" {
          advance()
          return
        }
        let start = index
        scanKeyValue(in: path)
        skipSpaces()
        if peek() == "," { advance() }
        if index == start { advance() }
      }
    default:
      while let scalar = peek(), !",]}\n#".unicodeScalars.contains(scalar) { advance() }
    }
  }

  /// Reads `"…"` with its escapes; returns the text between the quotes, escapes decoded.
  mutating func scanBasicString() -> String {
    advance()
    var text = ""
    while let scalar = peek(), scalar != "\n" {
      advance()
      if scalar == "\"" { return text }
      if scalar == "\\", let escaped = peek() {
        advance()
        switch escaped {
        case "n": text += "\n"
        case "t": text += "\t"
        case "u", "U":
          let digits = escaped == "u" ? 4 : 8
          var hex = ""
          for _ in 0..<digits {
            guard let digit = peek(), digit.properties.isASCIIHexDigit else { break }
            hex.unicodeScalars.append(digit)
            advance()
          }
          if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
            text.unicodeScalars.append(decoded)
          }
        default: text.unicodeScalars.append(escaped)
        }
      } else {
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  /// Reads `'…'`; returns the text between the quotes.
  mutating func scanLiteralString() -> String {
    advance()
    var text = ""
    while let scalar = peek(), scalar != "\n" {
      advance()
      if scalar == "'" { return text }
      text.unicodeScalars.append(scalar)
    }
    return text
  }

  /// Skips `"""…"""` or `'''…'''`, which may span lines and end with up to two more quotes.
  mutating func scanMultilineString(quote: Unicode.Scalar) {
    advance(3)
    while let scalar = peek() {
      if quote == "\"" && scalar == "\\" {
        advance(2)
      } else if scalar == quote && peek(1) == quote && peek(2) == quote {
        advance(3)
        var extra = 0
        while extra < 2 && peek() == quote {
          advance()
          extra += 1
        }
        return
      } else {
        advance()
      }
    }
  }
}
