import Testing

@testable import GazetteModel

/// Inputs the fuzzers (Scripts/fuzz.sh, docs/fuzzing.md) found breaking a promise of the model;
/// each is also in Fuzz/corpus/loader or Fuzz/corpus/search.
@Suite struct FuzzRegressionTests {
  private static let tight = LoadLimits(
    maxFileBytes: 16_384, maxNestingDepth: 3, maxFieldCharacters: 5, maxCategoryEntries: 2,
    maxProblemsPerFile: 3)

  /// A field cut at the length limit right after a space stays trimmed.
  @Test func aCutFieldIsTrimmedAgain() {
    let bytes = Array(#"{"title":"\#u{FEFF}BOM start","body":"x","source":"abcd efgh"}"#.utf8)
    let parse = ArticleFileDecoder.summaries(
      bytes: bytes, relativePath: "a.json", limits: Self.tight)
    #expect(parse.articles.map(\.title) == ["\u{FEFF}BOM"])
    #expect(parse.articles.map(\.source) == ["abcd"])
    #expect(parse.problems.count == 2)
    let body = bytes.withUnsafeBufferPointer { buffer in
      try? ArticleFileDecoder.body(
        bytes: buffer, relativePath: "a.json", index: nil, expectedTitle: "\u{FEFF}BOM",
        limits: Self.tight)
    }
    #expect(body?.paragraphs == ["x"])
  }

  /// Line and paragraph separators quoted from a file are escaped: a message is one line.
  @Test func quotedSeparatorsAreEscapedInMessages() {
    let bytes = Array(#"{"title":"t","body":"x","published":"a\#u{2029}b\#u{2028}c"}"#.utf8)
    let parse = ArticleFileDecoder.summaries(bytes: bytes, relativePath: "a.json")
    #expect(parse.problems.count == 1)
    let message = parse.problems.first?.message ?? ""
    #expect(message.contains(#""a\u{2029}b\u{2028}c""#), "\(message)")
    #expect(!message.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
  }

  /// A pattern ending in a control is found before an extending scalar: Swift's `Character`
  /// ends after a control (GB4), so the match ends on a character boundary.
  @Test(arguments: [
    ("\u{E0467}", "\u{1F3F4}\u{E0467}\u{E0062}\u{E0073}\u{E007F}"),
    ("a\u{200B}", "a\u{200B}\u{301}"),
    ("\t", "x\t\u{301}"),
  ])
  func aPatternEndingInAControlIsFoundBeforeAMark(_ pattern: String, _ candidate: String) {
    let search = SearchPattern(pattern)
    #expect(search.matches(candidate))
    #expect(search.matches(folded: SearchPattern.foldedForSearch(candidate)))
    let ranges = search.ranges(in: candidate)
    #expect(ranges.count == 1)
    #expect(ranges.first.map { String(candidate[$0]) } == pattern)
  }

  /// The rule that a match may not end inside a character still holds.
  @Test func aMatchStillNeverEndsBeforeAMarkOfItsCharacter() {
    #expect(!SearchPattern("e").matches("cafe\u{301}"))
    #expect(!SearchPattern("a").matches("a\u{20DD}"))
  }
}
