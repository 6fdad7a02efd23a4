import Testing

@testable import GazetteConfig

/// `Suggestion.closest`: the "did you mean" of every unknown name.
@Suite struct SuggestionTests {
  @Test(arguments: [
    ("lst", "list"), ("lsit", "list"), ("colour", "colors"), ("colours", "colors"),
    ("date-format", "date_format"), ("DATA", "data"), ("layou", "layout"), ("nxt", "next"),
  ])
  func findsTheIntendedName(typed: String, expected: String) {
    let names = ["list", "colors", "date_format", "data", "layout", "next", "keys", "sort"]
    #expect(Suggestion.closest(to: typed, among: names) == expected)
  }

  @Test func suggestsNothingFarAway() {
    #expect(Suggestion.closest(to: "zebra", among: ["list", "show", "check"]) == nil)
    #expect(Suggestion.closest(to: "x", among: ["list"]) == nil)
  }

  @Test func swapsCountAsOneEdit() {
    #expect(Suggestion.editDistance(Array("lsit"), Array("list")) == 1)
    #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
    #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
  }
}
