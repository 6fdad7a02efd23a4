import Testing

@testable import GazetteText

/// Grapheme clusters: Swift's `Character` against Unicode 15.0's GraphemeBreakTest.txt, and the
/// wrapper's cluster boundaries against Swift's.
@Suite struct GraphemeConformanceTests {
  static func cases() -> [(scalars: [Unicode.Scalar], breaks: [Bool], line: String)] {
    // Each line without its comment and trailing whitespace, e.g. "÷ 0020 × 0308 ÷".
    UnicodeDataFile.dataLines("auxiliary/GraphemeBreakTest.txt").compactMap { line in
      var text = String(line)
      while let last = text.last, last == " " || last == "\t" { text.removeLast() }
      return UnicodeDataFile.parseBreakTestLine(line).map { ($0.scalars, $0.breaks, text) }
    }
  }

  /// Cases of Unicode 15.0's test file that Swift 6.3's `Character` segments differently.
  ///
  /// U+2701 UPPER BLADE SCISSORS is Extended_Pictographic, so GB11 keeps ✁ ZWJ ✁ together;
  /// Swift breaks before the second ✁. The wrapper follows Swift (it never splits a
  /// `Character` and splits nothing Swift keeps together); the sanitiser drops a ZWJ after an
  /// emoji anyway, so sanitised text never meets the case.
  static let swiftDifferences: Set<String> = ["÷ 2701 × 200D × 2701 ÷"]

  @Test func swiftCharactersFollowGraphemeBreakTest() {
    let cases = Self.cases()
    #expect(cases.count == 602)
    var differences: [String] = []
    for (scalars, breaks, line) in cases {
      let text = String(String.UnicodeScalarView(scalars))
      var expected: [Int] = []
      var position = 0
      for (index, scalar) in scalars.enumerated() {
        if index > 0 && breaks[index] { expected.append(position) }
        position += String(scalar).utf8.count
      }
      let actual = text.indices.dropFirst().map {
        text.utf8.distance(from: text.startIndex, to: $0)
      }
      if actual != expected { differences.append(line) }
    }
    print(
      "GraphemeBreakTest.txt: \(cases.count - differences.count)/\(cases.count) agree with Swift")
    #expect(Set(differences) == Self.swiftDifferences)
  }

  @Test func theWrapperNeverSplitsASwiftCharacter() {
    for (scalars, _, _) in Self.cases() {
      let text = String(String.UnicodeScalarView(scalars))
      let facts = WrapChecker.Facts(text)
      for width in [1, 2, 3] {
        // Raw test strings contain controls and lone marks: only structure is checked.
        let violations = WrapChecker(facts, width: width, kinsoku: .none).violations.filter {
          $0.contains("splits") || $0.contains("lost") || $0.contains("order")
        }
        #expect(violations.isEmpty, "\(violations)")
      }
    }
  }
}
