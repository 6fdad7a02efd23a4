import Testing

@testable import GazetteModel

/// The terms of the full-text index and the queries over them.
@Suite struct SearchFoldingTermsTests {
  static func terms(_ text: String) -> String {
    var terms: [UInt8] = []
    SearchFoldingTerms.appendTerms(of: text, to: &terms)
    return String(decoding: terms, as: UTF8.self)
  }

  @Test func termsArePairsOfFoldedUnitsAndTheLastAlone() {
    #expect(Self.terms("盤錦") == "盘_錦_ 錦_")
    #expect(Self.terms("Ab c") == "a_b_ b_.20_ .20_c_ c_")
    // A combining mark stays with its letter: a match may not end between them.
    #expect(Self.terms("q\u{301}x") == "q\u{301}_x_ x_")
    #expect(Self.terms("").isEmpty)
  }

  @Test func queriesSayWhetherTheyAreExact() {
    #expect(
      SearchFoldingTerms.query(for: SearchPattern("盤"))
        == .init(expression: "\"盘_\" *", isExact: true))
    #expect(SearchFoldingTerms.query(for: SearchPattern("盘锦"))?.isExact == true)
    let long = SearchFoldingTerms.query(for: SearchPattern("abab"))
    #expect(long == .init(expression: "\"a_b_\" AND \"b_a_\"", isExact: false))
    #expect(SearchFoldingTerms.query(for: SearchPattern("")) == nil)
    #expect(SearchFoldingTerms.query(for: SearchPattern("\u{301}a")) == nil)
    // Quotes in a pattern cannot break out of the FTS5 string.
    #expect(SearchFoldingTerms.query(for: SearchPattern("\"*"))?.expression == "\".22_.2a_\"")
  }

  @Test func distinctKeepsEachTermOnceInOrder() {
    let terms = Array("a_b_ b_c_ a_b_ c_ b_c_ c_".utf8)
    #expect(String(decoding: SearchFoldingTerms.distinct(terms), as: UTF8.self) == "a_b_ b_c_ c_")
    #expect(SearchFoldingTerms.distinct([]).isEmpty)
    // Many terms (the table grows) and terms that differ only at the end stay apart.
    let many = (0..<5_000).map { "t\($0 % 1_000)_x_" }.joined(separator: " ")
    let distinct = String(decoding: SearchFoldingTerms.distinct(Array(many.utf8)), as: UTF8.self)
    #expect(distinct.split(separator: " ").count == 1_000)
    #expect(distinct.hasPrefix("t0_x_ t1_x_ t2_x_"))
  }
}
