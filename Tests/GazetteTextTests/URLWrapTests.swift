import Testing

@testable import GazetteText

/// URLs in wrapped text: whole on one line when they fit, else broken only after / ? & # -.
@Suite struct URLWrapTests {
  private func lines(_ text: String, _ width: Int) -> [String] {
    TextLayout.wrappedLines(text, width: width)
  }

  private func spans(_ text: String) -> [String] {
    var copy = text
    return copy.withUTF8 { bytes in
      URLSpan.find(in: bytes).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }
  }

  @Test(arguments: [
    (
      "see https://example.gov/notices/2024/water.html today",
      ["https://example.gov/notices/2024/water.html"]
    ),
    ("(https://example.gov/a).", ["https://example.gov/a"]),
    (
      "https://en.wikipedia.org/wiki/Tokyo_(city), then",
      ["https://en.wikipedia.org/wiki/Tokyo_(city)"]
    ),
    ("详见HTTP://example.cn/通知。", ["HTTP://example.cn/"]),
    ("<https://a.b/c>\"x", ["https://a.b/c"]),
    (
      "two: http://a.b/1 and https://c.d/2?x=1&y=2#z!", ["http://a.b/1", "https://c.d/2?x=1&y=2#z"]
    ),
    ("nohttps://x.y/ ftp://x.y/ https:// alone", []),
  ])
  func findsURLs(text: String, expected: [String]) {
    #expect(spans(text) == expected)
  }

  @Test func aURLThatFitsGoesWholeToTheNextLine() {
    #expect(
      lines("Details: https://example.gov/notices/2024-06/water-supply.html", 60)
        == ["Details:", "https://example.gov/notices/2024-06/water-supply.html"])
  }

  @Test func aURLThatFitsIsNeverBroken() {
    let url = "https://example.gov/notices/2024-06/water-supply.html"  // 54 columns
    for width in url.count...(url.count + 30) {
      let wrapped = lines("Read the notice at \(url) before Monday.", width)
      #expect(wrapped.contains { $0.contains(url) }, "width \(width): \(wrapped)")
    }
  }

  @Test func aURLAfterCJKTextMovesWhole() {
    let url = "https://www.city.osaka.lg.jp/shimin/page/0000012345.html"
    let wrapped = lines("詳しくは\(url)をご覧ください。", 60)
    #expect(wrapped == ["詳しくは", "\(url)をご覧くだ", "さい。"] || wrapped.contains { $0.hasPrefix(url) })
    #expect(wrapped.allSatisfy { TextLayout.width($0) <= 60 })
  }

  @Test func aLongURLBreaksOnlyAfterTheAllowedCharacters() {
    let url =
      "https://www.example.gov/departments/public-works/notices/2024/road-closure?district=7&week=23#map"
    for width in 20..<url.count {
      let wrapped = lines(url, width)
      #expect(wrapped.joined() == url)
      #expect(wrapped.allSatisfy { $0.count <= width })
      for line in wrapped.dropLast() {
        // Every piece but the last ends after one of / ? & # -, unless a piece between two of
        // them is longer than the width and had to be cut anywhere.
        let endsWell = "/?&#-".contains(line.last!)
        // "https://www.example.gov/" has no break inside: 24 columns.
        let segmentTooLong =
          width < 24
          || url.dropFirst(24).split(whereSeparator: { "/?&#-".contains($0) })
            .contains { $0.count > width - 1 }
        #expect(endsWell || segmentTooLong, "width \(width): \(wrapped) \(line)")
      }
      // The scheme is never split from what follows it.
      #expect(!wrapped.contains("https://"), "width \(width): \(wrapped)")
    }
  }

  @Test func aLongURLFillsLinesGreedily() {
    let url = "https://example.gov/a-very-long-path/with-several-parts/and-more-parts/end.html"
    #expect(
      lines("Read " + url, 40) == [
        "Read https://example.gov/a-very-long-",
        "path/with-several-parts/and-more-parts/",
        "end.html",
      ])
  }

  @Test func textWithoutURLsWrapsAsBefore() {
    // A path-like word that is not a URL keeps UAX #14's breaks (after the slash).
    #expect(
      lines("see the folder docs/notices/2024 now", 20) == [
        "see the folder docs/", "notices/2024 now",
      ])
    #expect(lines("and/or", 4) == ["and/", "or"])
  }
}
