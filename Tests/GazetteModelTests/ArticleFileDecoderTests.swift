import Testing

@testable import GazetteModel

/// The per-file parser: fields, problems with positions, limits.
@Suite struct ArticleFileDecoderTests {
  static func parse(_ text: String, limits: LoadLimits = .standard) -> ArticleFileSummaries {
    ArticleFileDecoder.summaries(
      bytes: Array(text.utf8), relativePath: "dir/file.json", limits: limits)
  }

  static func parse(bytes: [UInt8]) -> ArticleFileSummaries {
    ArticleFileDecoder.summaries(bytes: bytes, relativePath: "dir/file.json")
  }

  @Test func readsEveryField() throws {
    let result = Self.parse(
      """
      {"id": "x1", "title": "  盤錦要聞  ", "body": "text", "source": "盤錦日報",
       "published": "2023-05-05", "url": "https://example.gov/1", "category": ["首頁", "要聞"],
       "views": 546, "language": "zh-Hant", "unknown": {"a": [1, 2]}}
      """)
    #expect(result.problems.isEmpty)
    let article = try #require(result.articles.first)
    #expect(article.id == "x1")
    #expect(article.title == "盤錦要聞")
    #expect(article.source == "盤錦日報")
    #expect(article.published == PublishedDate(year: 2023, month: 5, day: 5))
    #expect(article.url == "https://example.gov/1")
    #expect(article.category == ["首頁", "要聞"])
    #expect(article.views == 546)
    #expect(article.language == "zh-Hant")
    #expect(article.location == ArticleLocation(relativePath: "dir/file.json", index: nil))
  }

  @Test func defaultIDsComeFromThePath() {
    let single = Self.parse(#"{"title": "t", "body": "b"}"#)
    #expect(single.articles.map(\.id) == ["dir/file"])
    let array = Self.parse(#"[{"title": "t", "body": "b"}, {"title": "u", "body": "c"}]"#)
    #expect(array.articles.map(\.id) == ["dir/file#1", "dir/file#2"])
    #expect(array.articles.map(\.location.index) == [1, 2])
  }

  @Test func nullOptionalFieldsAreAbsent() throws {
    let result = Self.parse(
      #"{"title": "t", "body": "b", "id": null, "source": null, "published": null, "#
        + #""url": null, "category": null, "views": null, "language": null}"#)
    #expect(result.problems.isEmpty)
    let article = try #require(result.articles.first)
    #expect(article.id == "dir/file")
    #expect(article.source == nil && article.published == nil && article.url == nil)
    #expect(article.category.isEmpty && article.views == nil && article.language == nil)
  }

  @Test func badElementOfAnArrayKeepsTheOthers() throws {
    let result = Self.parse(
      """
      [
        {"title": "one", "body": "a"},
        {"body": "no title"},
        "not an object",
        {"title": "four", "body": ["p1", "p2"]}
      ]
      """)
    #expect(result.articles.map(\.title) == ["one", "four"])
    #expect(result.articles.map(\.location.index) == [1, 4])
    #expect(result.problems.count == 2)
    let missing = result.problems[0]
    #expect(missing.message == "article 2: missing `title`")
    #expect(missing.line == 3 && missing.column == 3)
    #expect(missing.severity == .error)
    #expect(result.problems[1].message == "article 3: should be an article object, found a string")
    #expect(result.problems[1].line == 4)
  }

  @Test func requiredFieldProblems() {
    let cases: [(String, String)] = [
      (#"{"body": "b"}"#, "missing `title`"),
      (#"{"title": "", "body": "b"}"#, "`title` is empty"),
      (#"{"title": " \u3000 ", "body": "b"}"#, "`title` is empty"),
      (#"{"title": null, "body": "b"}"#, "missing `title` (it is null)"),
      (#"{"title": 5, "body": "b"}"#, "`title` should be a string, found a number"),
      (#"{"title": "t"}"#, "missing `body`"),
      (#"{"title": "t", "body": null}"#, "missing `body` (it is null)"),
      (
        #"{"title": "t", "body": {}}"#,
        "`body` should be a string or an array of strings, found an object"
      ),
      (
        #"{"title": "t", "body": ["a", 3]}"#,
        "`body` should be a string or an array of strings; its entry 2 is a number"
      ),
      (#""text""#, "the top level should be an article object or an array of them, found a string"),
      (#"7"#, "the top level should be an article object or an array of them, found a number"),
    ]
    for (json, message) in cases {
      let result = Self.parse(json)
      #expect(result.articles.isEmpty, "\(json)")
      #expect(result.problems.map(\.message) == [message], "\(json)")
      #expect(result.problems.first?.line == 1 && result.problems.first?.column == 1)
    }
  }

  @Test func emptyBodyIsAllowed() {
    #expect(Self.parse(#"{"title": "t", "body": ""}"#).articles.count == 1)
    #expect(Self.parse(#"{"title": "t", "body": []}"#).articles.count == 1)
  }

  @Test func optionalFieldsOfTheWrongTypeAreWarnings() throws {
    let result = Self.parse(
      """
      {"title": "t", "body": "b",
        "views": "546", "source": 12, "category": "x", "url": [], "id": 7}
      """)
    let article = try #require(result.articles.first)
    #expect(article.views == nil && article.source == nil && article.url == nil)
    #expect(article.id == "dir/file")
    #expect(result.problems.allSatisfy { $0.severity == .warning && $0.line == 2 })
    #expect(
      result.problems.map(\.message) == [
        "`views` should be a whole number ≥ 0, found a string; it is ignored",
        "`source` should be a string, found a number; it is ignored",
        "`category` should be an array of strings, found a string; it is ignored",
        "`url` should be a string, found an array; it is ignored",
        "`id` should be a string, found a number; it is ignored",
      ])
    #expect(result.problems.map(\.column) == [12, 29, 45, 57, 67])
  }

  @Test(arguments: [
    ("0", 0 as Int?, nil as String?), ("546", 546, nil), ("-0", 0, nil), ("5.0", 5, nil),
    ("1e3", 1000, nil), ("-3", nil, "found -3"), ("2.5", nil, "found 2.5"),
    ("1e400", nil, "too large"), ("99999999999999999999999", nil, "too large"),
    ("-1e400", nil, "found -1e400"), ("true", nil, "found true/false"),
  ])
  func views(_ json: String, _ expected: Int?, _ problem: String?) throws {
    let result = Self.parse(#"{"title": "t", "body": "b", "views": \#(json)}"#)
    let article = try #require(result.articles.first)
    #expect(article.views == expected)
    if let problem {
      #expect(result.problems.count == 1)
      #expect(result.problems.first?.message.contains(problem) == true)
      #expect(result.problems.first?.severity == .warning)
    } else {
      #expect(result.problems.isEmpty)
    }
  }

  @Test func duplicateKeysLastWinsWithAWarning() throws {
    let result = Self.parse(#"{"title": "first", "body": "b", "title": "second"}"#)
    #expect(result.articles.first?.title == "second")
    let problem = try #require(result.problems.first)
    #expect(problem.message == "`title` appears more than once; the last one is used")
    #expect(problem.severity == .warning && problem.column == 33)
  }

  @Test func escapedKeysAreRecognised() {
    #expect(Self.parse(#"{"\u0074itle": "t", "body": "b"}"#).articles.first?.title == "t")
  }

  @Test func unparseableDatesKeepTheArticleUndated() throws {
    for (date, wording) in [("yesterday", "not a date"), ("2023-02-30", "not a real date")] {
      let result = Self.parse(#"{"title": "t", "body": "b", "published": "\#(date)"}"#)
      let article = try #require(result.articles.first)
      #expect(article.published == nil)
      #expect(result.problems.count == 1)
      #expect(result.problems.first?.severity == .warning)
      #expect(result.problems.first?.message.contains(wording) == true)
      #expect(result.problems.first?.message.contains("\"\(date)\"") == true)
    }
  }

  @Test func messagesNeverCarryControlCharacters() throws {
    let result = Self.parse(#"{"title": "t", "body": "b", "published": "\u001b[31mred"}"#)
    let message = try #require(result.problems.first?.message)
    #expect(message.contains("\\u{1B}[31mred"))
    #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test func textIsNormalisedToNFC() throws {
    let decomposedHangul = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}"
    let result = Self.parse(
      #"{"title": "\#(decomposedHangul) Cafe\#u{301}", "source": "e\#u{301}", "body": "b"}"#)
    let article = try #require(result.articles.first)
    #expect(
      article.title.unicodeScalars.map(\.value) == [0xD55C, 0xAE00, 0x20, 0x43, 0x61, 0x66, 0xE9])
    #expect(article.source?.unicodeScalars.map(\.value) == [0xE9])
  }

  @Test func longTitlesAreCutWithAWarningAndQuickly() throws {
    let title = String(repeating: "長", count: 100_000)
    let clock = ContinuousClock()
    let start = clock.now
    let result = Self.parse(#"{"title": "\#(title)", "body": "b"}"#)
    #expect(clock.now - start < .seconds(1))
    let article = try #require(result.articles.first)
    #expect(article.title.count == 1_000)
    #expect(
      result.problems.map(\.message) == ["`title` is longer than 1,000 characters; the rest is cut"]
    )
  }

  /// One `Character` can hold megabytes ("a" + 300,000 U+0301 is one): fields are limited by
  /// bytes too, cut at a scalar boundary inside a cluster bigger than the limit.
  @Test func fieldsAreCutAtTheByteLimitEvenInsideOneCharacter() throws {
    let huge = "a" + String(repeating: "\u{301}", count: 300_000)
    let result = Self.parse(
      #"{"title": "\#(huge)", "source": "\#(huge)", "category": ["\#(huge)"], "body": "b"}"#)
    let article = try #require(result.articles.first)
    #expect(LoadLimits.standard.maxFieldBytes == 16_384)
    // NFC makes the first two scalars á (2 bytes); 8,191 marks of 2 bytes fill the rest.
    // (Booleans, not the texts, in the expectations: a failure must not print megabytes.)
    let kept = "\u{E1}" + String(repeating: "\u{301}", count: 8_191)
    for field in [article.title, article.source ?? "", article.category.first ?? ""] {
      #expect(field.utf8.count == 16_384)
      let isKept = field.utf8.elementsEqual(kept.utf8)
      #expect(isKept)
    }
    #expect(
      result.problems.map(\.message) == [
        "`title` is longer than 16,384 bytes; the rest is cut",
        "`source` is longer than 16,384 bytes; the rest is cut",
        "`category` is longer than 16,384 bytes; the rest is cut",
      ])
    #expect(result.problems.allSatisfy { $0.severity == .warning })
  }

  @Test func theByteLimitCutsBetweenCharactersWhenItCan() throws {
    let limits = LoadLimits(maxFileBytes: 1 << 20, maxNestingDepth: 8, maxFieldBytes: 10)
    // 中 is 3 bytes: three fit in 10, and the cut does not split the fourth.
    let result = Self.parse(
      #"{"title": "中中中中", "url": "abcdefghijkl", "body": "b"}"#, limits: limits)
    let article = try #require(result.articles.first)
    #expect(article.title == "中中中")
    #expect(article.url == "abcdefghij")
    // Within both limits nothing is cut; the character limit still applies first.
    let fits = Self.parse(#"{"title": "中中中", "body": "b"}"#, limits: limits)
    #expect(fits.problems.isEmpty)
    #expect(fits.articles.first?.title == "中中中")
    let characters = LoadLimits(
      maxFileBytes: 1 << 20, maxNestingDepth: 8, maxFieldCharacters: 2, maxFieldBytes: 10)
    let cutByCharacters = Self.parse(#"{"title": "中中中", "body": "b"}"#, limits: characters)
    #expect(cutByCharacters.articles.first?.title == "中中")
    #expect(
      cutByCharacters.problems.map(\.message) == [
        "`title` is longer than 2 characters; the rest is cut"
      ])
    // A cluster bigger than the limit is cut between its scalars, never inside one.
    let marks = String(repeating: "\u{301}", count: 5)
    let cluster = Self.parse(#"{"title": "e\#(marks)", "body": "b"}"#, limits: limits)
    #expect(
      cluster.articles.first?.title.unicodeScalars.map(\.value) == [
        0xE9, 0x301, 0x301, 0x301, 0x301,
      ])
  }

  @Test func categoryEntriesAreCapped() throws {
    let entries = (1...40).map { "\"c\($0)\"" }.joined(separator: ",")
    let result = Self.parse(#"{"title": "t", "body": "b", "category": [\#(entries), 5, null, ""]}"#)
    let article = try #require(result.articles.first)
    #expect(article.category.count == 32)
    #expect(article.category.last == "c32")
    #expect(
      result.problems.map(\.message).sorted() == [
        "`category` entry 41 should be a string, found a number; it is ignored",
        "`category` has more than 32 entries; 8 are left out",
      ])
  }

  @Test func fileLevelProblems() {
    #expect(Self.parse(bytes: []).problems.map(\.message) == ["the file is empty"])
    #expect(
      Self.parse(" \n\t").problems.map(\.message) == ["the file holds only whitespace, no JSON"])
    #expect(
      Self.parse(bytes: [0xEF, 0xBB, 0xBF]).problems.map(\.message) == [
        "the file holds only whitespace, no JSON"
      ])
    let limits = LoadLimits(maxFileBytes: 10, maxNestingDepth: 64)
    let big = Self.parse(#"{"title": "t", "body": "b"}"#, limits: limits)
    #expect(big.problems.map(\.message) == ["the file is too large (27 bytes; the limit is 10)"])
    #expect(big.articles.isEmpty)
  }

  @Test func syntaxErrorsHaveLineAndColumn() throws {
    let result = Self.parse("{\n  \"title\": \"x\",\n  \"body\": \"y\",\n}\n")
    #expect(result.articles.isEmpty)
    let problem = try #require(result.problems.first)
    #expect(result.problems.count == 1)
    #expect(problem.line == 3 && problem.column == 14)
    #expect(
      problem.message == "invalid JSON: trailing comma: expected another field after `,`, found `}`"
    )
    #expect(problem.description == "dir/file.json:3:14: " + problem.message)
  }

  @Test func columnsCountCharactersAndIgnoreTheByteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"title\": \"中文\" x".utf8)
    let problem = try #require(Self.parse(bytes: bytes).problems.first)
    #expect(problem.line == 1 && problem.column == 16)
  }

  @Test func crAndCRLFLineEndsCountAsOneLine() throws {
    let crlf = try #require(Self.parse("{\r\n\"title\": \"x\",\r\n\"body\": 1x}").problems.first)
    #expect(crlf.line == 3 && crlf.column == 10)
    let cr = try #require(Self.parse("{\r\"title\": \"x\",\r\"body\": 1x}").problems.first)
    #expect(cr.line == 3 && cr.column == 10)
  }

  @Test func invalidUTF8IsReportedWhereItIs() throws {
    let bytes =
      Array("{\n  \"title\": \"ok\",\n  \"body\": \"caf".utf8) + [0xE9] + Array("\"\n}".utf8)
    let problem = try #require(Self.parse(bytes: bytes).problems.first)
    #expect(problem.line == 3 && problem.column == 15)
    #expect(problem.message.hasPrefix("not valid UTF-8"))
  }

  @Test func deepNestingIsAProblem() throws {
    let deep = String(repeating: "[", count: 200_000)
    let problem = try #require(Self.parse(deep).problems.first)
    #expect(problem.message == "arrays and objects are nested more than 64 levels deep (the limit)")
    #expect(problem.column == 65)
  }

  @Test func problemsPerFileAreCapped() {
    let elements = Array(repeating: "1", count: 150).joined(separator: ",")
    let result = Self.parse("[\(elements)]")
    #expect(result.problems.count == 101)
    #expect(result.problems.last?.message == "50 more problems in this file are not shown")
    #expect(result.problems.last?.severity == .error)
  }

  @Test func emptyArrayIsAWarning() {
    let result = Self.parse("[]")
    #expect(result.articles.isEmpty)
    #expect(result.problems.map(\.severity) == [.warning])
  }

  @Test func bodyIsSplitIntoParagraphs() throws {
    let text =
      #"{"title": "t", "body": "\u3000\u3000第一段。\r\n第一段第二行。\r\n\r\n  \t \r\n第二段。\r\r第三段\n\n\n"}"#
    let body = try Array(text.utf8).withUnsafeBufferPointer {
      try ArticleFileDecoder.body(bytes: $0, relativePath: "f.json", index: nil)
    }
    #expect(body.paragraphs == ["第一段。\n第一段第二行。", "第二段。", "第三段"])
  }

  @Test func unicodeLineEndsAndSpaces() throws {
    let text =
      #"{"title": "t", "body": "one\u2028two\u2029three\u0085four\n\u00a0\u3000\u2003\n"#
      + #"\u1680five\u205f\u202f\n\u200bsix"}"#
    let body = try Array(text.utf8).withUnsafeBufferPointer {
      try ArticleFileDecoder.body(bytes: $0, relativePath: "f.json", index: nil)
    }
    // Whitespace inside a paragraph stays; U+200B (zero width space) is not White_Space.
    #expect(body.paragraphs == ["one\ntwo", "three\nfour", "five\u{205F}\u{202F}\n\u{200B}six"])
  }

  @Test func hugeBodiesSplitQuickly() throws {
    let paragraph = String(repeating: "文明城市建設。", count: 200)
    let text =
      #"{"title": "t", "body": ""#
      + Array(repeating: paragraph, count: 500).joined(separator: "\\n\\n") + #""}"#
    let clock = ContinuousClock()
    let start = clock.now
    let body = try Array(text.utf8).withUnsafeBufferPointer {
      try ArticleFileDecoder.body(bytes: $0, relativePath: "f.json", index: nil)
    }
    #expect(body.paragraphs.count == 500)
    #expect(clock.now - start < .seconds(3))
  }

  @Test func arrayBodyIsOneParagraphPerElement() throws {
    let text =
      #"{"title": "t", "body": ["  one\r\ntwo  ", "", "   ", "three\n\nstill three", "e\u0301"]}"#
    let body = try Array(text.utf8).withUnsafeBufferPointer {
      try ArticleFileDecoder.body(bytes: $0, relativePath: "f.json", index: nil)
    }
    #expect(body.paragraphs == ["one\ntwo", "three\n\nstill three", "é"])
  }

  @Test func bodyOfAnArrayElement() throws {
    let text = #"[{"title": "a", "body": "A"}, {"title": "b", "body": "B"}]"#
    try Array(text.utf8).withUnsafeBufferPointer { bytes in
      let body = try ArticleFileDecoder.body(
        bytes: bytes, relativePath: "f.json", index: 2, expectedTitle: "b")
      #expect(body.paragraphs == ["B"])
      #expect(throws: LoadProblem.self) {
        try ArticleFileDecoder.body(
          bytes: bytes, relativePath: "f.json", index: 2, expectedTitle: "a")
      }
      #expect(throws: LoadProblem.self) {
        try ArticleFileDecoder.body(bytes: bytes, relativePath: "f.json", index: 3)
      }
      #expect(throws: LoadProblem.self) {
        try ArticleFileDecoder.body(bytes: bytes, relativePath: "f.json", index: nil)
      }
    }
  }

  @Test func nulCharactersAreKept() throws {
    let result = Self.parse(#"{"title": "a\u0000b", "body": "b"}"#)
    #expect(result.articles.first?.title == "a\u{0}b")
  }
}
