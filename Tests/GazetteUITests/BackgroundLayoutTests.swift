import GazetteModel
import Testing

@testable import GazetteUI

/// Articles too large to wrap between two keys are wrapped in the background.
@Suite struct BackgroundLayoutTests {
  /// One article whose body is about 600 KB, and a small one.
  static var provider: InMemoryArticleProvider {
    let paragraphs = (1...3_000).map { number in
      "第\(number)段：" + String(repeating: "市政府發布公告，提醒市民注意安全。", count: 6)
    }
    return InMemoryArticleProvider(
      articles: [
        SampleArticles.article("huge", "A huge notice", source: "Archive", day: 9),
        SampleArticles.article("small", "A small notice", source: "Archive", day: 8),
      ],
      bodies: [
        "huge": ArticleBody(paragraphs: paragraphs),
        "small": ArticleBody(paragraphs: ["Small."]),
      ])
  }

  @Test func aHugeBodyIsWrappedOffTheMainLoopAndShownWhenReady() throws {
    var driver = ReducerDriver(provider: Self.provider)
    driver.holdsLayouts = true
    driver.deliverAll()
    // The body is in, but its wrapping is still running: the pane says it is loading.
    #expect(driver.state.document?.phase == .loading)
    #expect(driver.heldLayouts.count == 1)
    // Keys still work meanwhile.
    driver.press(.down)
    #expect(driver.state.list.selectedRow == 1)
    driver.press(.up)
    driver.releaseLayouts()
    let document = try #require(driver.state.document)
    #expect(document.phase == .loaded)
    #expect(document.lines.count > 3_000)
    #expect(driver.documentLines.contains { $0.hasPrefix("第1段：市政府發布公告") })
  }

  @Test func aResizeReturnsToTheSameTextOnceTheNewWrapArrives() throws {
    var driver = ReducerDriver(provider: Self.provider)
    driver.deliverAll()
    driver.press(.enter)
    for _ in 0..<200 { driver.press(.down) }
    let before = try #require(driver.state.document)
    let anchor = try #require(before.anchor(ofLine: driver.state.reader.top))
    driver.holdsLayouts = true
    driver.resize(90, 30)
    #expect(driver.state.document?.phase == .loading)
    driver.releaseLayouts()
    let after = try #require(driver.state.document)
    #expect(after.phase == .loaded && after.width != before.width)
    #expect(driver.state.reader.top == after.line(containing: anchor))
    #expect(driver.state.reader.top > 0)
  }

  @Test func smallBodiesAreWrappedAtOnce() {
    var driver = ReducerDriver(provider: Self.provider)
    driver.holdsLayouts = true
    driver.deliverAll()
    driver.press(.down)
    #expect(driver.state.document?.phase == .loaded)
    #expect(driver.heldLayouts.count == 1)
  }
}

extension BackgroundLayoutTests {
  @Test func endPressedWhileWrappingShowsTheEndOnArrival() throws {
    var driver = ReducerDriver(provider: Self.provider)
    driver.holdsLayouts = true
    driver.deliverAll()
    driver.press(.enter, .character("G"))
    driver.releaseLayouts()
    let document = try #require(driver.state.document)
    #expect(document.phase == .loaded)
    #expect(driver.state.reader.top == document.lines.count - driver.state.layout.readerText.height)
    #expect(driver.state.reader.top > 3_000)
  }
}
