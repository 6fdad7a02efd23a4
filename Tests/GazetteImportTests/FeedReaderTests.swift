import GazetteImport
import Testing

@Suite struct FeedReaderTests {
  @Test func rSS2() throws {
    let feed = try FeedReader.read(Fixture.text("feeds/rss2.xml"), maxItems: 100)
    #expect(feed.title == "大阪市 新着情報")
    #expect(feed.language == "ja")
    #expect(feed.items.count == 2)
    let first = feed.items[0]
    #expect(first.title == "資源ごみ・容器包装プラスチックの収集日について")
    #expect(first.url == "https://www.city.osaka.example/news/2024/0405-shigen.html")
    #expect(first.published == "2024-04-05T09:00:00+09:00")
    // content:encoded wins over description.
    #expect(first.paragraphs == ["4月から資源ごみの収集日が変わります。", "お住まいの地域の収集日をご確認ください。"])
    // Escaped HTML in description becomes paragraphs.
    #expect(feed.items[1].paragraphs == ["第1期の納期限は4月30日です。", "口座振替もご利用いただけます。"])
  }

  @Test func rSS1() throws {
    let feed = try FeedReader.read(Fixture.text("feeds/rss1.rdf"), maxItems: 100)
    #expect(feed.title == "서울특별시 알림")
    #expect(feed.language == "ko")
    #expect(feed.items.map(\.title) == ["8월 24일부터 지하철 요금 조정"])
    #expect(feed.items[0].published == "2024-06-28T09:00:00+09:00")
  }

  @Test func atomWithRelativeLinksAndTextConstructs() throws {
    let feed = try FeedReader.read(
      Fixture.text("feeds/atom.xml"), base: "https://metro.example/feed.atom", maxItems: 100)
    #expect(feed.title == "Metro Transit Updates")
    #expect(feed.language == "en")
    #expect(feed.items[0].title == "Fare Capping Comes to All Routes & Lines")
    #expect(feed.items[0].url == "https://metro.example/updates/fare-capping")
    #expect(feed.items[0].paragraphs.count == 2)
    #expect(feed.items[1].url == "urn:uuid:aaaa-bbbb")
    #expect(feed.items[1].published == "2024-06-01T08:00:00Z")
  }

  @Test func entitiesAreRefused() {
    for name in ["feeds/billion-laughs.xml", "feeds/xxe.xml"] {
      #expect(throws: FeedReader.Failure.markup(.declaresEntities), "\(name)") {
        try FeedReader.read(Fixture.text(name), maxItems: 10)
      }
    }
  }

  @Test func anExternalDTDIsNeverLoaded() throws {
    // The DTD points at a closed port; with network access off, nothing is fetched and the
    // undeclared entity is simply not expanded.
    let feed = try FeedReader.read(Fixture.text("feeds/external-dtd.xml"), maxItems: 10)
    #expect(feed.items.count == 1)
    #expect(!(feed.title?.contains("root:") ?? false))
  }

  @Test func aHundredThousandItemsAreBounded() throws {
    var xml = "<rss version=\"2.0\"><channel><title>Big</title>"
    for index in 0..<100_000 {
      xml += "<item><title>t\(index)</title><description>d</description></item>"
    }
    xml += "</channel></rss>"
    let feed = try FeedReader.read(xml, maxItems: 500)
    #expect(feed.items.count == 500)
    #expect(feed.itemCount == 100_000)
  }

  @Test func notAFeed() {
    #expect(throws: FeedReader.Failure.notAFeed("svg")) {
      try FeedReader.read("<?xml version=\"1.0\"?><svg/>", maxItems: 10)
    }
    #expect(throws: FeedReader.Failure.self) {
      try FeedReader.read("<rss><channel><title>x</title>", maxItems: 10)
    }
    #expect(throws: FeedReader.Failure.markup(.unparsable("the document is empty"))) {
      try FeedReader.read("", maxItems: 10)
    }
  }

  @Test func internetDates() {
    #expect(InternetDate.iso("Fri, 05 May 2023 09:30:00 +0800") == "2023-05-05T09:30:00+08:00")
    #expect(InternetDate.iso("5 May 2023 09:30 GMT") == "2023-05-05T09:30:00Z")
    #expect(InternetDate.iso("Sat, 1 Jun 24 08:00:00 EST") == "2024-06-01T08:00:00-05:00")
    #expect(InternetDate.iso("2023-05-05") == nil)
    #expect(InternetDate.iso("Fri, 31 Feb 2023") == nil)
  }
}
