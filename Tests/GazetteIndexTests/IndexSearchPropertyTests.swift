import Foundation
import GazetteModel
import GazetteTestSupport
import Testing

@testable import GazetteIndex

/// The index finds exactly what scanning the files finds, on random corpora and queries.
@Suite struct IndexSearchPropertyTests {
  /// Pieces bodies are made of: Simplified and Traditional pairs, kana in both widths,
  /// Latin in both cases and widths, ß, accents composed and not, a lone combining mark after
  /// a tab, punctuation and spaces.
  static let pieces: [String] = [
    "盘", "盤", "锦", "錦", "发", "發", "髮", "市", "人", "民", "政", "府", "文", "明", "城",
    "の", "ガ", "ｶﾞ", "イ", "ﾄﾞ", "a", "A", "b", "s", "S", "ß", "ss", "ｓ", "Ａ", "é",
    "e\u{301}", "\t\u{301}", " ", "　", "、", "。", ".", "_", "\"", "*", "-", "1", "１", "한",
    "국", "😀", "\u{200B}",
  ]

  static func randomText(_ generator: inout SeededGenerator, length: Int) -> String {
    var text = ""
    for _ in 0..<length { text += pieces.randomElement(using: &generator)! }
    return text
  }

  /// The JSON string literal of `text`.
  static func json(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": literal += "\\\""
      case "\\": literal += "\\\\"
      case "\t": literal += "\\t"
      case "\n": literal += "\\n"
      default: literal.unicodeScalars.append(scalar)
      }
    }
    return literal + "\""
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func indexSearchEqualsScanningSearch(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    let data = try TemporaryDirectory()
    let cache = try TemporaryDirectory()
    var bodies: [String] = []
    for file in 0..<40 {
      var articles: [String] = []
      for number in 0..<Int.random(in: 1...4, using: &generator) {
        let paragraphs = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
          Self.randomText(&generator, length: Int.random(in: 0...30, using: &generator))
        }
        bodies.append(contentsOf: paragraphs)
        let body =
          paragraphs.count == 1 && Bool.random(using: &generator)
          ? Self.json(paragraphs[0]) : "[" + paragraphs.map(Self.json).joined(separator: ", ") + "]"
        articles.append(#"{"title": "t\#(file)-\#(number)", "body": \#(body)}"#)
      }
      try data.write("f\(file).json", "[" + articles.joined(separator: ",\n") + "]")
    }
    let location = IndexLocation(realDirectory: data.path, cacheHome: cache.path)
    let index = try ArticleIndex.build(at: location, scanner: DirectoryScanner(root: data.path))
    let articles = try index.load().articles
    #expect(articles == ArticleLoader(root: data.path).loadAll().articles)

    var queries: [String] = []
    for _ in 0..<150 {
      if Bool.random(using: &generator), let body = bodies.randomElement(using: &generator),
        !body.isEmpty
      {
        // A piece of a real body: found at least there (unless it starts inside a character).
        let characters = Array(body)
        let start = Int.random(in: 0..<characters.count, using: &generator)
        let length = Int.random(in: 1...min(4, characters.count - start), using: &generator)
        queries.append(String(characters[start..<(start + length)]))
      } else {
        queries.append(
          Self.randomText(&generator, length: Int.random(in: 1...3, using: &generator)))
      }
    }
    var answered = 0
    var nonEmpty = 0
    for query in queries {
      let pattern = SearchPattern(query)
      let scan = BodySearch(articles: articles, pattern: pattern, root: data.path).run(
        onProgress: { _ in })
      let scanned = scan.matchingIndices
      guard let indexed = try index.bodyMatches(pattern, in: articles, root: data.path) else {
        #expect(pattern.isEmpty || query.unicodeScalars.first == "\u{301}", "\(query)")
        continue
      }
      answered += 1
      if !scanned.isEmpty { nonEmpty += 1 }
      #expect(indexed == scanned, "query \(query.debugDescription)")
      // What the index finds without checking the files contains every match.
      let candidates = try #require(try index.bodyCandidates(pattern))
      #expect(scanned.allSatisfy { candidates.places.contains(articles[$0].location) })
      if candidates.areExact {
        #expect(candidates.places.count == Set(scanned.map { articles[$0].location }).count)
      }
    }
    #expect(answered > 120)
    #expect(nonEmpty > 60)
  }
}
