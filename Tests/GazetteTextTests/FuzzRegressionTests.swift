import Testing

@testable import GazetteText

/// Inputs the fuzzers (Scripts/fuzz.sh, docs/fuzzing.md) found breaking a promise of the text
/// layer; each is also in Fuzz/corpus/layout.
@Suite struct FuzzRegressionTests {
  /// Unsanitised NUL: its substitute ␀ is drawn, so its cell takes a column like every other
  /// control's (glibc's `wcwidth` of NUL is 0, but ␀ is not).
  @Test func nulIsOneCellOfOneColumn() {
    var cells: [(Character, Int, Int)] = []
    TextLayout.forEachCell(in: "\u{2}\0a") { cell, column, width in
      cells.append((cell, column, width))
    }
    #expect(cells.map(\.0) == ["\u{2402}", "\u{2400}", "a"])
    #expect(cells.map(\.1) == [0, 1, 2])
    #expect(cells.map(\.2) == [1, 1, 1])
    #expect(TextLayout.width("\u{2}\0a") == 3)
  }

  /// A scalar unassigned in the Unicode 15.0 table (U+1AE0, a combining mark to newer Unicode)
  /// must not make the wrapper cut inside a Swift `Character`.
  @Test(arguments: ["\u{FFFD}\u{1AE0}", "ab\u{1AE0}\u{1AE0}c", "\u{1AE0}x", "x\u{10FFFD}\u{301}"])
  func scalarsTheTableDoesNotKnowNeverSplitACharacter(_ text: String) {
    for width in 1...3 {
      let boundaries = Set(text.indices).union([text.endIndex])
      for line in TextLayout.wrap(text, width: width) {
        #expect(boundaries.contains(line.range.lowerBound), "\(width): \(text.debugDescription)")
        #expect(boundaries.contains(line.range.upperBound), "\(width): \(text.debugDescription)")
      }
    }
  }

  /// The fuzzer's input itself: the base and the mark stay one line when Swift joins them.
  @Test func aCharacterThatSwiftJoinsStaysOnOneLine() {
    let text = "\u{FFFD}\u{1AE0}"
    let lines = TextLayout.wrap(text, width: 1)
    let expected = text.count == 1 ? [text] : Array(text).map(String.init)
    #expect(lines.map { String(text[$0.range]) } == expected)
  }
}
