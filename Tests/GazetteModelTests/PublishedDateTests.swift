import Testing

@testable import GazetteModel

/// The date forms `published` accepts, and the ones it refuses.
@Suite struct PublishedDateTests {
  static func date(
    _ year: Int, _ month: Int, _ day: Int, seconds: Int? = nil, offset: Int? = nil
  ) -> PublishedDate {
    PublishedDate(
      year: year, month: month, day: day, secondsOfDay: seconds, utcOffsetMinutes: offset)
  }

  @Test(arguments: [
    ("2023-05-05", date(2023, 5, 5)),
    ("  2023-05-05 ", date(2023, 5, 5)),
    ("2023-05-04T09:30:00+08:00", date(2023, 5, 4, seconds: 34_200, offset: 480)),
    ("2023-05-04T09:30:00Z", date(2023, 5, 4, seconds: 34_200, offset: 0)),
    ("2023-05-04T09:30:00.123Z", date(2023, 5, 4, seconds: 34_200, offset: 0)),
    ("2023-05-04T09:30", date(2023, 5, 4, seconds: 34_200)),
    ("2023-05-04 09:30:15", date(2023, 5, 4, seconds: 34_215)),
    ("2023-05-04T23:59:59-05:30", date(2023, 5, 4, seconds: 86_399, offset: -330)),
    ("2023-05-04T10:00:00+0900", date(2023, 5, 4, seconds: 36_000, offset: 540)),
    ("2023/05/05", date(2023, 5, 5)),
    ("2023/5/5", date(2023, 5, 5)),
    ("2023/5/5 9:30", date(2023, 5, 5, seconds: 34_200)),
    ("2023.05.05", date(2023, 5, 5)),
    ("2023.5.6", date(2023, 5, 6)),
    ("2023年5月5日", date(2023, 5, 5)),
    ("2023年05月05日", date(2023, 5, 5)),
    ("2023年5月5号", date(2023, 5, 5)),
    ("2023年5月5日 09:30", date(2023, 5, 5, seconds: 34_200)),
    ("2023年5月5日9时30分", date(2023, 5, 5, seconds: 34_200)),
    ("２０２３年５月５日", date(2023, 5, 5)),
    ("２０２３－０５－０５", date(2023, 5, 5)),
    ("2023年 5月 5日", date(2023, 5, 5)),
    ("2023년 5월 5일", date(2023, 5, 5)),
    ("2024-02-29", date(2024, 2, 29)),
    ("2000-02-29", date(2000, 2, 29)),
  ])
  func accepts(_ text: String, _ expected: PublishedDate) {
    #expect(PublishedDateParser.parse(text) == .date(expected), "\(text)")
    #expect(PublishedDate(parsing: text) == expected)
  }

  @Test(arguments: [
    "2023-02-30", "2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-04-31",
    "2023年13月1日", "2023年2月30日", "2023/5/32", "2023-05-05T24:00", "2023-05-05T12:60",
    "2023-05-05T10:00+25:00", "0000-01-01",
  ])
  func refusesImpossibleDates(_ text: String) {
    #expect(PublishedDateParser.parse(text) == .impossible, "\(text)")
    #expect(PublishedDate(parsing: text) == nil)
  }

  @Test(arguments: [
    "", "yesterday", "05/05/2023", "2023-05", "2023-05-05x", "2023/05-05", "20230505",
    "2023-05-05T", "2023-05-05 09", "2023年5月", "2023-05-05T09:30+8", "23-05-05",
    "2023-05-05 " + String(repeating: " ", count: 300) + "x",
  ])
  func refusesOtherText(_ text: String) {
    #expect(PublishedDateParser.parse(text) == .unrecognized, "\(text)")
  }

  @Test func ordersChronologically() {
    let dates = ["2023-05-04T09:30:00+08:00", "2023-05-05", "2022-12-31T23:59", "2023-05-04"]
      .compactMap { PublishedDate(parsing: $0) }
    #expect(
      dates.sorted().map(\.dayString) == ["2022-12-31", "2023-05-04", "2023-05-04", "2023-05-05"])
    #expect(dates[3] < dates[0])
  }
}
