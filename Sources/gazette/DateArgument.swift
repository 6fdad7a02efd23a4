import Foundation
import GazetteModel

/// Reads the dates given to `--since` and `--until`, in any form an article may use, or a
/// month or a year alone.
enum DateArgument {
  /// Which end of a range a date bounds: a month or year alone means its first day for
  /// `--since` and its last day for `--until`.
  enum End {
    /// `--since`.
    case start
    /// `--until`.
    case end
  }

  /// The date `text` names; a usage error naming `option` when it names none.
  static func parse(_ text: String, option: String, end: End) throws -> PublishedDate {
    if let date = PublishedDate(parsing: text) { return date }
    if let (year, month) = partial(text) {
      let lastMonth = month ?? 12
      switch end {
      case .start: return PublishedDate(year: year, month: month ?? 1, day: 1)
      case .end:
        return PublishedDate(
          year: year, month: lastMonth, day: daysIn(month: lastMonth, year: year))
      }
    }
    throw UsageError(
      "\(option) \(text): not a date. Use a form like 2023-05-05, 2023/05/05, 2023年5月5日, "
        + "a month (2023-05) or a year (2023).")
  }

  /// The year and month of `2024`, `2024-06`, `2024/6`, `2024.06` or `2024年6月`.
  static func partial(_ text: String) -> (year: Int, month: Int?)? {
    var digits = text.trimmingCharacters(in: .whitespaces)
    if digits.hasSuffix("月") { digits.removeLast() }
    let parts = digits.split(
      omittingEmptySubsequences: false, whereSeparator: { "-/.年".contains($0) })
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
      parts[0].count == 4, let year = Int(parts[0]), year >= 1
    else { return nil }
    guard parts.count == 2 else { return (year, nil) }
    guard parts[1].count <= 2, let month = Int(parts[1]), (1...12).contains(month) else {
      return nil
    }
    return (year, month)
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
