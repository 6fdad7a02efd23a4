/// The publication date of an article: a calendar day, with a time of day when the source gave one.
///
/// Ordering is chronological; dates with a time and offset compare by their instant's day and
/// time as written (dates without time sort at the start of their day).
public struct PublishedDate: Hashable, Sendable, Comparable {
  /// Year, such as 2023.
  public var year: Int
  /// Month, 1–12.
  public var month: Int
  /// Day of the month, 1–31.
  public var day: Int
  /// Time of day in seconds since midnight, when given.
  public var secondsOfDay: Int?
  /// Offset from UTC in minutes, when given (`Z` is 0).
  public var utcOffsetMinutes: Int?

  /// Creates a date; the caller guarantees the values form a real calendar date.
  public init(
    year: Int, month: Int, day: Int, secondsOfDay: Int? = nil, utcOffsetMinutes: Int? = nil
  ) {
    self.year = year
    self.month = month
    self.day = day
    self.secondsOfDay = secondsOfDay
    self.utcOffsetMinutes = utcOffsetMinutes
  }

  /// Parses a date in one of the forms the `published` field accepts; `nil` for anything else.
  ///
  /// Accepted: ISO 8601 dates and date-times (`2023-05-05`, `2023-05-04T09:30:00+08:00`, `Z`),
  /// `2023/5/5`, `2023.05.05`, `2023年5月5日` and `2023년 5월 5일`, each optionally followed by a
  /// time; fullwidth digits count. The values must form a real calendar date.
  public init?(parsing text: String) {
    guard case .date(let date) = PublishedDateParser.parse(text) else { return nil }
    self = date
  }

  /// The day as `YYYY-MM-DD`.
  public var dayString: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// A number that orders dates chronologically (day first, then time of day).
  var sortKey: Int64 {
    let dayNumber = Int64(year) * 10_000 + Int64(month) * 100 + Int64(day)
    return dayNumber * 100_000 + Int64(secondsOfDay ?? 0)
  }

  /// Compares two dates chronologically.
  public static func < (lhs: PublishedDate, rhs: PublishedDate) -> Bool {
    lhs.sortKey < rhs.sortKey
  }
}
