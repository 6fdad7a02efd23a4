import GazetteModel
import Testing

/// The one rule for which sources a typed name means (the picker and `list --source`).
@Suite struct SourceMatcherTests {
  private static func summary(_ name: String?, _ count: Int) -> SourceSummary {
    SourceSummary(name: name, count: count, newest: nil)
  }

  private let matcher = SourceMatcher(sources: [
    summary("大阪市", 9), summary("大阪府", 7), summary("City Council", 5), summary("Osaka", 4),
    summary("東京都港区", 3), summary(nil, 2),
  ])

  private func names(_ found: [SourceSummary]) -> [String?] { found.map(\.name) }

  @Test func candidatesAreEverySourceContainingTheTextInOrder() {
    #expect(names(matcher.candidates(for: "大阪")) == ["大阪市", "大阪府"])
    #expect(names(matcher.candidates(for: "COUNCIL")) == ["City Council"])
    #expect(names(matcher.candidates(for: "ｃｉｔｙ")) == ["City Council"])
    #expect(names(matcher.candidates(for: "no source")) == [nil])
    #expect(matcher.candidates(for: "").count == 6)
    #expect(matcher.candidates(for: "nosuch").isEmpty)
  }

  @Test func aWholeNameIsPreferredThenAUniquePrefixThenAUniqueSubstring() {
    #expect(names(matcher.resolve("大阪市")) == ["大阪市"])
    #expect(names(matcher.resolve("osaka")) == ["Osaka"])
    #expect(names(matcher.resolve("Ｏｓａｋａ")) == ["Osaka"])
    #expect(names(matcher.resolve("City")) == ["City Council"])
    #expect(names(matcher.resolve("港区")) == ["東京都港区"])
    #expect(names(matcher.resolve("大阪")).isEmpty, "two sources begin with it")
    #expect(names(matcher.resolve("nosuch")).isEmpty)
  }

  @Test func anEmptyNameMeansTheArticlesWithoutASource() {
    #expect(names(matcher.resolve("")) == [nil])
    #expect(SourceMatcher.label(of: nil) == "(no source)")
    #expect(SourceMatcher.label(of: "") == "(no source)")
    #expect(SourceMatcher.label(of: "大阪市") == "大阪市")
  }
}
