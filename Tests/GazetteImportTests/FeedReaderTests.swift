import GazetteImport
import XCTest

final class FeedReaderTests: XCTestCase {
  func testRSS2() throws {
    let feed = try FeedReader.read(Fixture.text("feeds/rss2.xml"), maxItems: 100)
    XCTAssertEqual(feed.title, "大阪市 新着情報")
    XCTAssertEqual(feed.language, "ja")
    XCTAssertEqual(feed.items.count, 2)
    let first = feed.items[0]
    XCTAssertEqual(first.title, "資源ごみ・容器包装プラスチックの収集日について")
    XCTAssertEqual(first.url, "https://www.city.osaka.example/news/2024/0405-shigen.html")
    XCTAssertEqual(first.published, "2024-04-05T09:00:00+09:00")
    // content:encoded wins over description.
    XCTAssertEqual(first.paragraphs, ["4月から資源ごみの収集日が変わります。", "お住まいの地域の収集日をご確認ください。"])
    // Escaped HTML in description becomes paragraphs.
    XCTAssertEqual(feed.items[1].paragraphs, ["第1期の納期限は4月30日です。", "口座振替もご利用いただけます。"])
  }

  func testRSS1() throws {
    let feed = try FeedReader.read(Fixture.text("feeds/rss1.rdf"), maxItems: 100)
    XCTAssertEqual(feed.title, "서울특별시 알림")
    XCTAssertEqual(feed.language, "ko")
    XCTAssertEqual(feed.items.map(\.title), ["8월 24일부터 지하철 요금 조정"])
    XCTAssertEqual(feed.items[0].published, "2024-06-28T09:00:00+09:00")
  }

  func testAtomWithRelativeLinksAndTextConstructs() throws {
    let feed = try FeedReader.read(
      Fixture.text("feeds/atom.xml"), base: "https://metro.example/feed.atom", maxItems: 100)
    XCTAssertEqual(feed.title, "Metro Transit Updates")
    XCTAssertEqual(feed.language, "en")
    XCTAssertEqual(feed.items[0].title, "Fare Capping Comes to All Routes & Lines")
    XCTAssertEqual(feed.items[0].url, "https://metro.example/updates/fare-capping")
    XCTAssertEqual(feed.items[0].paragraphs.count, 2)
    XCTAssertEqual(feed.items[1].url, "urn:uuid:aaaa-bbbb")
    XCTAssertEqual(feed.items[1].published, "2024-06-01T08:00:00Z")
  }

  func testEntitiesAreRefused() {
    for name in ["feeds/billion-laughs.xml", "feeds/xxe.xml"] {
      XCTAssertThrowsError(try FeedReader.read(Fixture.text(name), maxItems: 10), name) {
        XCTAssertEqual($0 as? FeedReader.Failure, .markup(.declaresEntities))
      }
    }
  }

  func testAnExternalDTDIsNeverLoaded() throws {
    // The DTD points at a closed port; with network access off, nothing is fetched and the
    // undeclared entity is simply not expanded.
    let feed = try FeedReader.read(Fixture.text("feeds/external-dtd.xml"), maxItems: 10)
    XCTAssertEqual(feed.items.count, 1)
    XCTAssertFalse(feed.title?.contains("root:") ?? false)
  }

  func testAHundredThousandItemsAreBounded() throws {
    var xml = "<rss version=\"2.0\"><channel><title>Big</title>"
    for index in 0..<100_000 {
      xml += "<item><title>t\(index)</title><description>d</description></item>"
    }
    xml += "</channel></rss>"
    let feed = try FeedReader.read(xml, maxItems: 500)
    XCTAssertEqual(feed.items.count, 500)
    XCTAssertEqual(feed.itemCount, 100_000)
  }

  func testNotAFeed() {
    XCTAssertThrowsError(try FeedReader.read("<?xml version=\"1.0\"?><svg/>", maxItems: 10)) {
      XCTAssertEqual($0 as? FeedReader.Failure, .notAFeed("svg"))
    }
    XCTAssertThrowsError(try FeedReader.read("<rss><channel><title>x</title>", maxItems: 10))
    XCTAssertThrowsError(try FeedReader.read("", maxItems: 10)) {
      XCTAssertEqual($0 as? FeedReader.Failure, .markup(.unparsable("the document is empty")))
    }
  }

  func testInternetDates() {
    XCTAssertEqual(InternetDate.iso("Fri, 05 May 2023 09:30:00 +0800"), "2023-05-05T09:30:00+08:00")
    XCTAssertEqual(InternetDate.iso("5 May 2023 09:30 GMT"), "2023-05-05T09:30:00Z")
    XCTAssertEqual(InternetDate.iso("Sat, 1 Jun 24 08:00:00 EST"), "2024-06-01T08:00:00-05:00")
    XCTAssertNil(InternetDate.iso("2023-05-05"))
    XCTAssertNil(InternetDate.iso("Fri, 31 Feb 2023"))
  }
}
