import Foundation

/// A moment as whole milliseconds since 1970-01-01 00:00 UTC, the unit the store keeps.
///
/// Milliseconds order two marks made in one second, and whole numbers compare exactly, so the
/// merge rule ("the later change wins") gives the same answer in SQLite and in memory.
public struct StateTime: Hashable, Comparable, Sendable {
  /// Milliseconds since 1970-01-01 00:00 UTC.
  public var milliseconds: Int64

  /// Creates a time from milliseconds since 1970-01-01 00:00 UTC.
  public init(milliseconds: Int64) {
    self.milliseconds = milliseconds
  }

  /// The current time of the system clock.
  public static func now() -> StateTime {
    StateTime(milliseconds: Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)))
  }

  /// Whether `lhs` is earlier than `rhs`.
  public static func < (lhs: StateTime, rhs: StateTime) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }

  /// The time as ISO 8601 in UTC with milliseconds: `2026-12-06T02:13:55.123Z`.
  public var iso8601: String {
    let days =
      milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000
    let millisecondsOfDay = milliseconds - days * 86_400_000
    let (year, month, day) = Self.civilDate(daysSince1970: days)
    let seconds = millisecondsOfDay / 1000
    func padded(_ value: Int64, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T"
      + "\(padded(seconds / 3600, 2)):\(padded(seconds / 60 % 60, 2)):\(padded(seconds % 60, 2))"
      + ".\(padded(millisecondsOfDay % 1000, 3))Z"
  }

  /// Reads `YYYY-MM-DDTHH:MM:SS[.fff]Z` (what `iso8601` writes; 1 to 9 fraction digits, UTC only).
  public init?(iso8601 text: String) {
    let bytes = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int64? {
      guard range.upperBound <= bytes.count else { return nil }
      var value: Int64 = 0
      for byte in bytes[range] {
        guard (0x30...0x39).contains(byte) else { return nil }
        value = value * 10 + Int64(byte - 0x30)
      }
      return value
    }
    func byte(_ index: Int, is character: Character) -> Bool {
      index < bytes.count && bytes[index] == character.asciiValue
    }
    guard bytes.count >= 20, byte(4, is: "-"), byte(7, is: "-"), byte(10, is: "T"),
      byte(13, is: ":"), byte(16, is: ":"), bytes.last == UInt8(ascii: "Z"),
      let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
      hour < 24, minute < 60, second < 60
    else { return nil }
    var fraction: Int64 = 0
    if bytes.count > 20 {
      let digits = bytes.count - 21
      guard byte(19, is: "."), (1...9).contains(digits), let value = number(20..<(20 + digits))
      else { return nil }
      // Milliseconds: the first three digits, the rest cut (times are kept to the millisecond).
      fraction = value
      for _ in 0..<max(0, digits - 3) { fraction /= 10 }
      for _ in 0..<max(0, 3 - digits) { fraction *= 10 }
    } else if bytes.count != 20 {
      return nil
    }
    let days = Self.daysSince1970(year: year, month: month, day: day)
    milliseconds = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + fraction
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days from 1970-01-01 to a Gregorian date (Howard Hinnant's `days_from_civil`).
  private static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The Gregorian date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
  private static func civilDate(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
