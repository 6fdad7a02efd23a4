/// Walks the JSON of one article file's bytes, in one of three readings: the article summaries
/// for the list (`scanSummaries`), one article's body (`scanBody`), or which bodies contain a
/// pattern (`scanBodyMatches`, for `BodySearch`).
///
/// This is where a file is judged: `fileLevelProblem` refuses a file that is too large, empty
/// or blank; `problem(for:)` turns a JSON syntax error into a problem with line and
/// column; the field readers say what is wrong with a field. Problems are collected, never
/// thrown, except a broken file (not JSON, not UTF-8, too deep), which ends the scan with a
/// single problem and no articles.
struct ArticleJSONScanner {
  /// The fields Gazette knows; every other field is skipped.
  private enum Field: String, CaseIterable {
    case title, body, id, source, published, url, category, views, language

    /// A bit of its own, to record which fields were met without allocating a set.
    var bit: UInt16 {
      switch self {
      case .title: return 1
      case .body: return 2
      case .id: return 4
      case .source: return 8
      case .published: return 16
      case .url: return 32
      case .category: return 64
      case .views: return 128
      case .language: return 256
      }
    }
  }

  /// What the scan of one article object found.
  private struct ArticleFields {
    var title: String?
    var titleProblem: String?
    var hasBody = false
    var bodyProblem: String?
    var bodyParagraphs: [String] = []
    var bodyMatches = false
    var id: String?
    var source: String?
    var published: PublishedDate?
    var url: String?
    var category: [String] = []
    var views: Int?
    var language: String?
    /// Bit set of the fields met so far (by `Field.bit`).
    var seen: UInt16 = 0
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private let relativePath: String
  private let limits: LoadLimits
  private let interner: StringInterner?
  private var reader: JSONReader
  private var positions: TextPositionCounter
  private var problems: [(offset: Int?, problem: LoadProblem)] = []
  private var omittedProblems = 0
  private var omittedErrors = false
  /// Prefix of problems inside the current article ("article 3: " in array files).
  private var articlePrefix = ""
  /// Whether body text is decoded (body reading) or only validated (summary pass).
  private var decodesBodies = false
  /// The pattern bodies are matched against (body search).
  private var bodyPattern: SearchPattern?
  /// Reused buffer for decoding escaped body text during a body search.
  private var scratch: [UInt8] = []

  /// Creates a scanner over the bytes of the file at `relativePath`.
  init(
    bytes: UnsafeBufferPointer<UInt8>, relativePath: String, limits: LoadLimits,
    interner: StringInterner? = nil
  ) {
    self.bytes = bytes
    self.relativePath = relativePath
    self.limits = limits
    self.interner = interner
    reader = JSONReader(bytes: bytes, maxDepth: limits.maxNestingDepth)
    positions = TextPositionCounter(bytes: bytes)
  }

  // MARK: - Summaries

  /// Reads every article's metadata, validating bodies without keeping them.
  mutating func scanSummaries() -> ArticleFileSummaries {
    var articles: [Article] = []
    if let problem = fileLevelProblem() {
      return ArticleFileSummaries(articles: [], problems: [problem])
    }
    do throws(JSONSyntaxError) {
      let first = try reader.next()
      switch first.kind {
      case .objectStart:
        if let article = try readArticle(startingAt: first, number: nil) {
          articles.append(article)
        }
      case .arrayStart:
        var number = 0
        while true {
          let element = try reader.next()
          if element.kind == .arrayEnd { break }
          number += 1
          articlePrefix = "article \(number): "
          if element.kind == .objectStart {
            if let article = try readArticle(startingAt: element, number: number) {
              articles.append(article)
            }
          } else {
            report(
              at: element.start,
              "should be an article object, found \(element.valueDescription)")
            try reader.skipValue(startingWith: element)
          }
          articlePrefix = ""
        }
        if number == 0 {
          report(at: first.start, "the array is empty: this file holds no articles", .warning)
        }
      default:
        report(
          at: first.start,
          "the top level should be an article object or an array of them, found "
            + first.valueDescription)
      }
      _ = try reader.next()
    } catch {
      return ArticleFileSummaries(articles: [], problems: [problem(for: error)])
    }
    return ArticleFileSummaries(articles: articles, problems: finishedProblems())
  }

  // MARK: - Body

  /// Reads the article at `index` (from 1 in an array file, `nil` for a single object) with its
  /// body, checking that it still has the title `expectedTitle` when one is given.
  mutating func scanBody(index: Int?, expectedTitle: String?) throws(LoadProblem) -> ArticleBody {
    decodesBodies = true
    if let problem = fileLevelProblem() { throw problem }
    var found: ArticleFields?
    var sameShape = true
    do throws(JSONSyntaxError) {
      let first = try reader.next()
      if let index {
        sameShape = first.kind == .arrayStart
        var number = 0
        while sameShape {
          let element = try reader.next()
          if element.kind == .arrayEnd { break }
          number += 1
          if number == index && element.kind == .objectStart {
            found = try readFields(startingAt: element)
          } else {
            try reader.skipValue(startingWith: element)
          }
        }
      } else {
        sameShape = first.kind == .objectStart
        if sameShape { found = try readFields(startingAt: first) }
      }
      if sameShape { _ = try reader.next() }
    } catch {
      throw problem(for: error)
    }
    guard sameShape, let fields = found, fields.hasBody, fields.bodyProblem == nil else {
      throw changedProblem()
    }
    if let expectedTitle, fields.title != expectedTitle { throw changedProblem() }
    return ArticleBody(paragraphs: fields.bodyParagraphs)
  }

  // MARK: - Body search

  /// The numbers of the articles whose body contains `pattern` (from 1 in an array file;
  /// `nil` for a file holding one object).
  mutating func scanBodyMatches(_ pattern: SearchPattern) throws(LoadProblem) -> [Int?] {
    bodyPattern = pattern
    if let problem = fileLevelProblem() { throw problem }
    var matching: [Int?] = []
    do throws(JSONSyntaxError) {
      let first = try reader.next()
      if first.kind == .objectStart {
        if try readFields(startingAt: first).bodyMatches { matching.append(nil) }
      } else if first.kind == .arrayStart {
        var number = 0
        while true {
          let element = try reader.next()
          if element.kind == .arrayEnd { break }
          number += 1
          if element.kind == .objectStart {
            if try readFields(startingAt: element).bodyMatches { matching.append(number) }
          } else {
            try reader.skipValue(startingWith: element)
          }
        }
      } else {
        try reader.skipValue(startingWith: first)
      }
      _ = try reader.next()
    } catch {
      throw problem(for: error)
    }
    return matching
  }

  /// Whether the body string `token` contains the search pattern.
  private mutating func bodyText(_ token: JSONToken, matches pattern: SearchPattern) -> Bool {
    if token.has(JSONToken.hasEscapes) {
      JSONStringDecoder.decodeBytes(token, in: bytes, into: &scratch)
      return scratch.withUnsafeBufferPointer { pattern.matches(utf8: $0) }
    }
    let range = token.contentRange.clamped(to: 0..<bytes.count)
    return pattern.matches(utf8: UnsafeBufferPointer(rebasing: bytes[range]))
  }

  private func changedProblem() -> LoadProblem {
    LoadProblem(
      path: relativePath,
      message: "the file changed since it was loaded: this article is no longer in it; reload")
  }

  // MARK: - Articles

  /// Reads one article object; `nil` (with problems reported) when it cannot be used.
  private mutating func readArticle(startingAt start: JSONToken, number: Int?)
    throws(JSONSyntaxError) -> Article?
  {
    let fields = try readFields(startingAt: start)
    var usable = true
    if let titleProblem = fields.titleProblem {
      report(at: start.start, titleProblem)
      usable = false
    }
    if let bodyProblem = fields.bodyProblem {
      report(at: start.start, bodyProblem)
      usable = false
    }
    guard usable, let title = fields.title else { return nil }
    let path = relativePath
    let id = fields.id ?? ArticleJSONScanner.defaultID(relativePath: path, number: number)
    let article = Article(
      id: id, title: title, source: fields.source.map(interned), published: fields.published,
      url: fields.url, category: interner?.intern(fields.category) ?? fields.category,
      views: fields.views, language: fields.language.map(interned),
      location: ArticleLocation(relativePath: path, index: number))
    return article
  }

  /// The id of an article without an `id` field: its path without `.json`, plus `#N` in arrays.
  static func defaultID(relativePath: String, number: Int?) -> String {
    var bytes = Array(relativePath.utf8)
    if bytes.count > 5 && bytes.suffix(5).elementsEqual(".json".utf8) { bytes.removeLast(5) }
    if let number { bytes.append(contentsOf: "#\(number)".utf8) }
    // Built from bytes in one go so the string carries no spare capacity.
    return TextNormalizer.nfc(String(decoding: bytes, as: UTF8.self))
  }

  private func interned(_ text: String) -> String {
    interner?.intern(text) ?? text
  }

  /// Reads the fields of an object whose `{` is `start`, up to and including its `}`.
  private mutating func readFields(startingAt start: JSONToken) throws(JSONSyntaxError)
    -> ArticleFields
  {
    var fields = ArticleFields()
    fields.titleProblem = "missing `title`"
    fields.bodyProblem = "missing `body`"
    while true {
      let key = try reader.next()
      if key.kind == .objectEnd { break }
      let value = try reader.next()
      guard let field = field(named: key) else {
        try reader.skipValue(startingWith: value)
        continue
      }
      if fields.seen & field.bit != 0 {
        report(
          at: key.start, "`\(field.rawValue)` appears more than once; the last one is used",
          .warning)
      }
      fields.seen |= field.bit
      try read(field, value: value, into: &fields)
    }
    return fields
  }

  private func field(named key: JSONToken) -> Field? {
    let range = key.contentRange
    guard range.count <= 64 else { return nil }
    if !key.has(JSONToken.hasEscapes) && range.count > 9 { return nil }
    return Field(rawValue: JSONStringDecoder.decode(key, in: bytes))
  }

  private mutating func read(_ field: Field, value: JSONToken, into fields: inout ArticleFields)
    throws(JSONSyntaxError)
  {
    switch field {
    case .title:
      fields.title = nil
      switch value.kind {
      case .string:
        let title = cut(
          ParagraphSplitter.trimmingWhitespace(text(of: value)), field: field, at: value.start)
        fields.title = title.isEmpty ? nil : title
        fields.titleProblem = title.isEmpty ? "`title` is empty" : nil
      case .null:
        fields.titleProblem = "missing `title` (it is null)"
      default:
        fields.titleProblem = "`title` should be a string, found \(value.valueDescription)"
        try reader.skipValue(startingWith: value)
      }
    case .body:
      try readBody(value, into: &fields)
    case .id:
      fields.id = try optionalText(field, value)
      if fields.id == nil && value.kind == .string {
        report(at: value.start, "`id` is empty; the file path is used instead", .warning)
      }
    case .source:
      fields.source = try optionalText(field, value)
    case .url:
      fields.url = try optionalText(field, value)
    case .language:
      fields.language = try optionalText(field, value)
    case .published:
      fields.published = nil
      guard let text = try optionalText(field, value) else { return }
      switch PublishedDateParser.parse(text) {
      case .date(let date):
        fields.published = date
      case .unrecognized:
        report(
          at: value.start,
          "`published` is not a date Gazette understands (\(ProblemText.quoted(text))); "
            + "use a form like 2023-05-05; the article is listed as undated", .warning)
      case .impossible:
        report(
          at: value.start,
          "`published` is not a real date or time (\(ProblemText.quoted(text))); "
            + "the article is listed as undated", .warning)
      }
    case .category:
      fields.category = try readCategory(value)
    case .views:
      fields.views = try readViews(value)
    }
  }

  private mutating func readBody(_ value: JSONToken, into fields: inout ArticleFields)
    throws(JSONSyntaxError)
  {
    fields.hasBody = false
    fields.bodyParagraphs = []
    fields.bodyMatches = false
    switch value.kind {
    case .string:
      fields.hasBody = true
      fields.bodyProblem = nil
      if let bodyPattern { fields.bodyMatches = bodyText(value, matches: bodyPattern) }
      if decodesBodies {
        fields.bodyParagraphs = ParagraphSplitter.paragraphs(
          of: JSONStringDecoder.decode(value, in: bytes))
      }
    case .arrayStart:
      fields.hasBody = true
      fields.bodyProblem = nil
      var number = 0
      while true {
        let element = try reader.next()
        if element.kind == .arrayEnd { break }
        number += 1
        if element.kind == .string {
          if let bodyPattern, !fields.bodyMatches {
            fields.bodyMatches = bodyText(element, matches: bodyPattern)
          }
          if decodesBodies,
            let paragraph = ParagraphSplitter.paragraph(
              ofElement: JSONStringDecoder.decode(element, in: bytes))
          {
            fields.bodyParagraphs.append(paragraph)
          }
        } else {
          if fields.bodyProblem == nil {
            fields.bodyProblem =
              "`body` should be a string or an array of strings; its entry \(number) is "
              + element.valueDescription
          }
          try reader.skipValue(startingWith: element)
        }
      }
      if fields.bodyProblem != nil { fields.hasBody = false }
    case .null:
      fields.bodyProblem = "missing `body` (it is null)"
    default:
      fields.bodyProblem =
        "`body` should be a string or an array of strings, found \(value.valueDescription)"
      try reader.skipValue(startingWith: value)
    }
  }

  /// The text of an optional string field: `nil` when null, empty or of the wrong type (with a
  /// warning for the wrong type).
  private mutating func optionalText(_ field: Field, _ value: JSONToken) throws(JSONSyntaxError)
    -> String?
  {
    switch value.kind {
    case .string:
      let text = cut(
        ParagraphSplitter.trimmingWhitespace(text(of: value)), field: field, at: value.start)
      return text.isEmpty ? nil : text
    case .null:
      return nil
    default:
      report(
        at: value.start,
        "`\(field.rawValue)` should be a string, found \(value.valueDescription); it is ignored",
        .warning)
      try reader.skipValue(startingWith: value)
      return nil
    }
  }

  private mutating func readCategory(_ value: JSONToken) throws(JSONSyntaxError) -> [String] {
    switch value.kind {
    case .arrayStart:
      var entries: [String] = []
      var number = 0
      var dropped = 0
      while true {
        let element = try reader.next()
        if element.kind == .arrayEnd { break }
        number += 1
        guard element.kind == .string else {
          if element.kind != .null {
            report(
              at: element.start,
              "`category` entry \(number) should be a string, found "
                + "\(element.valueDescription); it is ignored", .warning)
          }
          try reader.skipValue(startingWith: element)
          continue
        }
        let entry = cut(
          ParagraphSplitter.trimmingWhitespace(text(of: element)), field: .category,
          at: element.start)
        guard !entry.isEmpty else { continue }
        if entries.count < limits.maxCategoryEntries {
          entries.append(entry)
        } else {
          dropped += 1
        }
      }
      if dropped > 0 {
        report(
          at: value.start,
          "`category` has more than \(limits.maxCategoryEntries) entries; "
            + "\(ProblemText.count(dropped)) \(dropped == 1 ? "is" : "are") left out", .warning)
      }
      return entries
    case .null:
      return []
    default:
      report(
        at: value.start,
        "`category` should be an array of strings, found \(value.valueDescription); "
          + "it is ignored", .warning)
      try reader.skipValue(startingWith: value)
      return []
    }
  }

  private mutating func readViews(_ value: JSONToken) throws(JSONSyntaxError) -> Int? {
    let expectation = "`views` should be a whole number ≥ 0"
    switch value.kind {
    case .number:
      let range = value.start..<min(value.end, bytes.count)
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
      let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
      if !value.has(JSONToken.hasFractionOrExponent) {
        if value.has(JSONToken.isNegative) {
          if text.utf8.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") }) { return 0 }
          report(at: value.start, "\(expectation), found \(shown); it is ignored", .warning)
          return nil
        }
        guard let views = Int(text) else {
          report(
            at: value.start, "`views` is too large (\(shown)); it is ignored", .warning)
          return nil
        }
        return views
      }
      guard let number = Double(text) else {
        report(at: value.start, "\(expectation), found \(shown); it is ignored", .warning)
        return nil
      }
      if !number.isFinite || number >= 9.0e15 {
        if number < 0 {
          report(at: value.start, "\(expectation), found \(shown); it is ignored", .warning)
        } else {
          report(
            at: value.start, "`views` is too large (\(shown)); it is ignored", .warning)
        }
        return nil
      }
      guard number >= 0, number.rounded(.towardZero) == number else {
        report(at: value.start, "\(expectation), found \(shown); it is ignored", .warning)
        return nil
      }
      return Int(number)
    case .null:
      return nil
    default:
      report(
        at: value.start, "\(expectation), found \(value.valueDescription); it is ignored",
        .warning)
      try reader.skipValue(startingWith: value)
      return nil
    }
  }

  // MARK: - Text

  /// The NFC text of a string token.
  private func text(of token: JSONToken) -> String {
    let text = JSONStringDecoder.decode(token, in: bytes)
    if token.has(JSONToken.isASCII) && !token.has(JSONToken.hasEscapes) { return text }
    return TextNormalizer.nfc(text)
  }

  /// `text` cut to the field limits (characters and UTF-8 bytes), with a warning when it was
  /// longer.
  ///
  /// The byte limit matters for text whose characters are huge: "a" + 300,000 U+0301 is one
  /// `Character` of 600 KB. The cut falls between characters when it can, and between scalars
  /// when a single character is longer than the byte limit.
  private mutating func cut(_ text: String, field: Field, at offset: Int) -> String {
    let characterLimit = limits.maxFieldCharacters
    let byteLimit = limits.maxFieldBytes
    let utf8 = text.utf8
    guard utf8.count > characterLimit || utf8.count > byteLimit else { return text }
    var end = text.startIndex
    var characters = 0
    var cutByBytes = false
    while end < text.endIndex {
      if characters == characterLimit { break }
      let next = text.index(after: end)
      if utf8.distance(from: utf8.startIndex, to: next) > byteLimit {
        cutByBytes = true
        break
      }
      end = next
      characters += 1
    }
    guard end < text.endIndex else { return text }
    var kept = String(text[..<end])
    if cutByBytes {
      // Part of the character that crosses the limit, whole scalars only.
      var used = kept.utf8.count
      var scalars = text.unicodeScalars[end...].makeIterator()
      while let scalar = scalars.next(), used + UTF8.width(scalar) <= byteLimit {
        kept.unicodeScalars.append(scalar)
        used += UTF8.width(scalar)
      }
    }
    let limit =
      cutByBytes
      ? "\(ProblemText.count(byteLimit)) bytes" : "\(ProblemText.count(characterLimit)) characters"
    report(at: offset, "`\(field.rawValue)` is longer than \(limit); the rest is cut", .warning)
    // The cut may fall after a space: trim again so the field stays trimmed.
    return ParagraphSplitter.trimmingWhitespace(kept)
  }

  // MARK: - Problems

  /// The problem that makes the whole file unusable before any JSON is read, if any.
  private func fileLevelProblem() -> LoadProblem? {
    if bytes.count > limits.maxFileBytes {
      return LoadProblem(
        path: relativePath, message: ProblemText.tooLarge(bytes.count, limit: limits.maxFileBytes))
    }
    if bytes.isEmpty {
      return LoadProblem(path: relativePath, message: "the file is empty")
    }
    if JSONReader.isBlank(bytes) {
      return LoadProblem(path: relativePath, message: "the file holds only whitespace, no JSON")
    }
    return nil
  }

  private mutating func problem(for error: JSONSyntaxError) -> LoadProblem {
    let position = positions.position(of: error.offset)
    let message: String
    switch error.kind {
    case .grammar: message = "invalid JSON: " + error.message
    case .encoding, .nesting: message = error.message
    }
    return LoadProblem(
      path: relativePath, line: position.line, column: position.column, message: message)
  }

  private mutating func report(
    at offset: Int?, _ message: String, _ severity: LoadProblem.Severity = .error
  ) {
    guard problems.count < limits.maxProblemsPerFile else {
      omittedProblems += 1
      if severity == .error { omittedErrors = true }
      return
    }
    problems.append(
      (
        offset,
        LoadProblem(path: relativePath, message: articlePrefix + message, severity: severity)
      ))
  }

  /// The problems ordered by position (with line and column), plus a count of those left out.
  private mutating func finishedProblems() -> [LoadProblem] {
    // Positions are computed in increasing offset order, so the counter passes the file once.
    let ordered = problems.enumerated().sorted {
      ($0.element.offset ?? -1, $0.offset) < ($1.element.offset ?? -1, $1.offset)
    }
    var result: [LoadProblem] = []
    result.reserveCapacity(ordered.count + 1)
    for (_, entry) in ordered {
      var problem = entry.problem
      if let offset = entry.offset {
        let position = positions.position(of: offset)
        problem.line = position.line
        problem.column = position.column
      }
      result.append(problem)
    }
    if omittedProblems > 0 {
      result.append(
        LoadProblem(
          path: relativePath,
          message: "\(ProblemText.count(omittedProblems)) more problems in this file are not shown",
          severity: omittedErrors ? .error : .warning))
    }
    return result
  }
}
