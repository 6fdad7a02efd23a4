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
  /// The first syntax error on which toml++ (under TOMLKit) stops the whole process with a
  /// failed assertion instead of reporting it, so a file that has one must not reach it: a
  /// table header that does not start with a key (`[=`, `[.a]`, `[` alone), or an array
  /// element that starts with `}` (`a = [}]`).
  public private(set) var crashingSyntax: ConfigProblem?
  /// `text` with a character inserted at `crashingSyntax` that toml++ reports as an ordinary
  /// error there (`]` in a header, `=` in an array), so TOMLKit can still look for an error
  /// before it; nil when there is no crashing syntax.
  public private(set) var defusedText: String?

  /// Scans `text`.
  public init(scanning text: String) {
    var scanner = Scanner(scalars: Array(text.unicodeScalars))
    scanner.scanDocument()
    keyPositions = scanner.keyPositions
    valuePositions = scanner.valuePositions
    crashingSyntax = scanner.crashingSyntax
    if let (offset, scalar) = scanner.defuse {
      var defused = String.UnicodeScalarView()
      defused.append(contentsOf: scanner.scalars[..<offset])
      defused.append(scalar)
      defused.append(contentsOf: scanner.scalars[offset...])
      defusedText = String(defused)
    }
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
  var crashingSyntax: ConfigProblem?
  var defuse: (offset: Int, scalar: Unicode.Scalar)?

  /// Notes the first syntax error toml++ would abort on: `expected` where what is next is, and
  /// `defusing`, which inserted here makes it an error toml++ reports.
  mutating func crashes(expected: String, in part: String, defusing: Unicode.Scalar) {
    guard crashingSyntax == nil else { return }
    defuse = (index, defusing)
    let seen: String
    switch peek() {
    case nil: seen = "the end of the file"
    case "\n"?, "\r"?: seen = "the end of the line"
    case let scalar?: seen = "'\(Character(scalar))'"
    }
    crashingSyntax = ConfigProblem(
      at: position, "invalid TOML in \(part): expected \(expected), saw \(seen)")
  }

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
        if !(peek().map { Self.isBareKeyScalar($0) || $0 == "\"" || $0 == "'" || $0 == "]" }
          ?? false)
        {
          crashes(expected: "a key", in: "a table header", defusing: "]")
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
        if scalar == "}" { crashes(expected: "a value", in: "an array", defusing: "=") }
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
