import Testing

@testable import GazetteConfig

/// `DateFormatPattern`: strftime's day conversions, and refusing the rest when read.
@Suite struct DateFormatPatternTests {
  @Test(arguments: [
    ("%Y-%m-%d", "2024-03-05"), ("%d/%m/%y", "05/03/24"), ("%-d.%-m.%Y", "5.3.2024"),
    ("%e %b %Y", " 5 Mar 2024"), ("%A %-d %B", "Tuesday 5 March"), ("%a", "Tue"),
    ("%j", "065"), ("%Y年%-m月%-d日", "2024年3月5日"), ("100%% %Y", "100% 2024"),
  ])
  func formats(pattern: String, expected: String) throws {
    #expect(try DateFormatPattern(pattern).format(year: 2024, month: 3, day: 5) == expected)
  }

  @Test func knowsTheWeekdayAcrossCenturies() {
    #expect(DateFormatPattern.weekday(year: 2000, month: 1, day: 1) == 6)  // Saturday
    #expect(DateFormatPattern.weekday(year: 1900, month: 3, day: 1) == 4)  // Thursday
    #expect(DateFormatPattern.weekday(year: 2023, month: 5, day: 5) == 5)  // Friday
    #expect(DateFormatPattern.dayOfYear(year: 2023, month: 12, day: 31) == 365)
    #expect(DateFormatPattern.dayOfYear(year: 2024, month: 12, day: 31) == 366)
  }

  @Test func refusesConversionsADayCannotFill() {
    #expect(throws: DateFormatError.unknownConversion("%H")) { try DateFormatPattern("%H:%M") }
    #expect(throws: DateFormatError.unknownConversion("%-q")) { try DateFormatPattern("%-q") }
    #expect(throws: DateFormatError.danglingPercent) { try DateFormatPattern("%Y %") }
  }
}
