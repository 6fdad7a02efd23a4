import GazetteTestSupport
import Testing

@testable import GazetteModel

/// Damaged and hostile bytes: never a crash, always a problem that points inside the file.
@Suite struct HostileInputTests {
  static let seed = Array(
    #"""
    [{"id": "a", "title": "盤錦要聞 \u00e9", "body": ["第一段", "second\npara"], "source": "S",
      "published": "2023-05-05T09:30:00+08:00", "category": ["首頁"], "views": 12},
     {"title": "t", "body": "x\r\n\r\ny", "url": null, "language": "ja"}]
    """#.utf8)

  static let alphabet: [UInt8] =
    Array(#"{}[]",:\u0"tf-1e.  "#.utf8) + [
      0x00, 0x0A, 0xC3, 0xE4, 0xED, 0xF4, 0xFF, 0xEF, 0xBB, 0xBF,
    ]

  @Test func mutatedFilesNeverCrashAndProblemsPointInside() {
    var random = SeededGenerator(seed: 20_230_505)
    let pattern = SearchPattern("段")
    for _ in 0..<3_000 {
      var bytes = Self.seed
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        let position = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes[position] = Self.alphabet.randomElement(using: &random) ?? 0
        case 1: bytes.remove(at: position)
        default: bytes.insert(Self.alphabet.randomElement(using: &random) ?? 0, at: position)
        }
      }
      let lineCount = bytes.count { $0 == 0x0A || $0 == 0x0D } + 1
      let result = ArticleFileDecoder.summaries(bytes: bytes, relativePath: "m.json")
      #expect(!result.problems.isEmpty || result.articles.count >= 1)
      for problem in result.problems {
        if let line = problem.line {
          #expect(line >= 1 && line <= lineCount)
          #expect((problem.column ?? 0) >= 1 && (problem.column ?? 0) <= bytes.count + 1)
        }
        #expect(!problem.message.unicodeScalars.contains { $0.value < 0x20 })
      }
      bytes.withUnsafeBufferPointer { buffer in
        for index in [nil, 1, 2] as [Int?] {
          _ = try? ArticleFileDecoder.body(bytes: buffer, relativePath: "m.json", index: index)
        }
        var scanner = ArticleJSONScanner(bytes: buffer, relativePath: "m.json", limits: .standard)
        _ = try? scanner.scanBodyMatches(pattern)
      }
    }
  }

  @Test func randomBytesNeverCrash() {
    var random = SeededGenerator(seed: 42)
    for _ in 0..<2_000 {
      let bytes = (0..<Int.random(in: 0...64, using: &random)).map { _ in
        UInt8.random(in: 0...255, using: &random)
      }
      let result = ArticleFileDecoder.summaries(bytes: bytes, relativePath: "r.json")
      #expect(result.articles.isEmpty)
      #expect(result.problems.count == 1)
    }
  }

  @Test func hugeInputsStayFast() {
    let clock = ContinuousClock()
    let manyElements =
      "[" + Array(repeating: #"{"title":"t","body":"b"}"#, count: 20_000).joined(separator: ",")
      + "]"
    let deepObjects = String(repeating: #"{"a":"#, count: 100_000)
    let longString = #"{"title":"t","body":""# + String(repeating: "長", count: 1_000_000) + #""}"#
    let elapsed = clock.measure {
      #expect(
        ArticleFileDecoder.summaries(bytes: Array(manyElements.utf8), relativePath: "a.json")
          .articles
          .count == 20_000)
      #expect(
        ArticleFileDecoder.summaries(bytes: Array(deepObjects.utf8), relativePath: "b.json")
          .problems
          .count == 1)
      #expect(
        ArticleFileDecoder.summaries(bytes: Array(longString.utf8), relativePath: "c.json").articles
          .count == 1)
    }
    #expect(elapsed < .seconds(5))
  }

  @Test func searchNeverCrashesOnOddText() {
    var random = SeededGenerator(seed: 7)
    let pieces = [
      "a", "Ａ", "ß", "ｶ", "ﾞ", "\u{301}", "\u{1100}", "\u{1161}", "\u{11A8}", "中", "İ", "\u{0}",
      "👍🏽", "\u{200D}", " ", "\u{FFFD}", "ΐ", "ﬃ",
    ]
    for _ in 0..<2_000 {
      let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in
        pieces.randomElement(using: &random) ?? ""
      }.joined()
      let needle = (0..<Int.random(in: 1...3, using: &random)).map { _ in
        pieces.randomElement(using: &random) ?? ""
      }.joined()
      let pattern = SearchPattern(needle)
      let ranges = pattern.ranges(in: text)
      #expect(pattern.matches(text) == !ranges.isEmpty, "\(needle) in \(text)")
      for (earlier, later) in zip(ranges, ranges.dropFirst()) {
        #expect(earlier.upperBound <= later.lowerBound)
      }
    }
  }
}
