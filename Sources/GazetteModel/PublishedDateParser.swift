/// Reads the date forms Gazette accepts for `published`.
///
/// ISO 8601 (`2023-05-05`, `2023-05-04T09:30:00+08:00`, `...Z`, a space instead of `T`),
/// `2023/5/5`, `2023.05.05` and `2023年5月5日` (also `号`, `號`, and Korean `2023년 5월 5일`),
/// each optionally followed by a time (`09:30`, `9:30:15`, `9時30分`). Fullwidth digits and
/// punctuation count as their ASCII forms. The values must form a real calendar date.
enum PublishedDateParser {
  /// What a `published` string turned out to be.
  enum Outcome: Equatable {
    /// A date in an accepted form.
    case date(PublishedDate)
    /// Not in any accepted form.
    case unrecognized
    /// In an accepted form, but not a real date or time (2023-02-30, month 13, 25:00).
    case impossible
  }

  /// Parses `text`.
  static func parse(_ text: String) -> Outcome {
    let length = text.unicodeScalars.count
    guard text.utf8.count <= 200 else { return .unrecognized }
    return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(length, 1)) { buffer in
      var count = 0
      for scalar in text.unicodeScalars {
        var value = scalar.value
        if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }  // fullwidth ASCII
        if ParagraphSplitter.isWhitespace(scalar) { value = 0x20 }
        buffer[count] = value
        count += 1
      }
      var scanner = Scanner(UnsafeBufferPointer(rebasing: buffer[..<count]))
      guard let outcome = scanner.scanDateAndTime(), scanner.isAtEnd else {
        return .unrecognized
      }
      return outcome
    }
  }

  /// A cursor over the folded code points of the text.
  private struct Scanner {
    private let scalars: UnsafeBufferPointer<UInt32>
    private var index = 0
    private var end: Int

    /// Creates a scanner over `scalars`, ignoring leading and trailing spaces.
    init(_ scalars: UnsafeBufferPointer<UInt32>) {
      self.scalars = scalars
      end = scalars.count
      while end > 0 && scalars[end - 1] == 0x20 { end -= 1 }
      while index < end && scalars[index] == 0x20 { index += 1 }
    }

    var isAtEnd: Bool { index >= end }

    private var current: UInt32? { index < end ? scalars[index] : nil }

    private mutating func take(_ value: UInt32) -> Bool {
      guard current == value else { return false }
      index += 1
      return true
    }

    /// Takes the current code point when it is one of the given ones (fixed arity: no array).
    private mutating func take(
      anyOf first: UInt32, _ second: UInt32, _ third: UInt32 = .max, _ fourth: UInt32 = .max
    ) -> UInt32? {
      guard let value = current,
        value == first || value == second || value == third || value == fourth
      else { return nil }
      index += 1
      return value
    }

    private mutating func skipSpaces() {
      while current == 0x20 { index += 1 }
    }

    /// Reads between `minimum` and `maximum` ASCII digits; unless `moreMayFollow`, a further
    /// digit makes it fail (so `20230505` is not read as a year).
    private mutating func digits(_ minimum: Int, _ maximum: Int, moreMayFollow: Bool = false)
      -> Int?
    {
      var value = 0
      var count = 0
      while count < maximum, let digit = current, digit >= 0x30 && digit <= 0x39 {
        value = value * 10 + Int(digit - 0x30)
        count += 1
        index += 1
      }
      if count < minimum { return nil }
      if !moreMayFollow, let digit = current, digit >= 0x30 && digit <= 0x39 { return nil }
      return value
    }

    mutating func scanDateAndTime() -> Outcome? {
      guard let year = digits(4, 4) else { return nil }
      let month: Int
      let day: Int
      var isCJK = false
      if let separator = take(anyOf: 0x2D, 0x2F, 0x2E) {  // - / .
        guard let m = digits(1, 2), take(separator), let d = digits(1, 2) else { return nil }
        month = m
        day = d
      } else {
        skipSpaces()
        guard take(anyOf: 0x5E74, 0xB144) != nil else { return nil }  // 年 년
        skipSpaces()
        guard let m = digits(1, 2) else { return nil }
        skipSpaces()
        guard take(anyOf: 0x6708, 0xC6D4) != nil else { return nil }  // 月 월
        skipSpaces()
        guard let d = digits(1, 2) else { return nil }
        skipSpaces()
        _ = take(anyOf: 0x65E5, 0x53F7, 0x865F, 0xC77C)  // 日 号 號 일
        month = m
        day = d
        isCJK = true
      }
      var seconds: Int?
      var offset: Int?
      var valid = Calendar.isRealDate(year: year, month: month, day: day)
      if !isAtEnd {
        guard let time = scanTime(afterCJKDate: isCJK) else { return nil }
        if let (value, zone) = time {
          seconds = value
          offset = zone
        } else {
          valid = false
        }
      }
      guard valid else { return .impossible }
      return .date(
        PublishedDate(
          year: year, month: month, day: day, secondsOfDay: seconds, utcOffsetMinutes: offset))
    }

    /// Reads a time of day: `nil` when the text is not a time, `.some(nil)` when it is one in
    /// form but impossible (25:00).
    private mutating func scanTime(afterCJKDate: Bool) -> ((Int, Int?)?)? {
      if take(0x54) || take(0x74) {  // T t
        if current == 0x20 { return nil }
      } else {
        guard current == 0x20 || afterCJKDate else { return nil }
        skipSpaces()
      }
      guard let hour = digits(1, 2) else { return nil }
      var minute = 0
      var second = 0
      var offset: Int?
      if take(0x3A) {  // :
        guard let m = digits(2, 2) else { return nil }
        minute = m
        if take(0x3A) {
          guard let s = digits(2, 2) else { return nil }
          second = s
          if take(0x2E) || take(0x2C) {  // fraction of a second, ignored
            guard digits(1, 9) != nil else { return nil }
          }
        }
        skipSpaces()
        if !isAtEnd {
          guard let zone = scanZone() else { return nil }
          guard let minutes = zone else { return .some(nil) }
          offset = minutes
        }
      } else if take(anyOf: 0x65F6, 0x6642, 0xC2DC) != nil {  // 时 時 시
        skipSpaces()
        guard let m = digits(1, 2) else { return nil }
        skipSpaces()
        guard take(anyOf: 0x5206, 0xBD84) != nil else { return nil }  // 分 분
        minute = m
        skipSpaces()
        if let s = digits(1, 2) {
          skipSpaces()
          guard take(anyOf: 0x79D2, 0xCD08) != nil else { return nil }  // 秒 초
          second = s
        }
      } else {
        return nil
      }
      guard hour <= 23 && minute <= 59 && second <= 60 else { return .some(nil) }
      return .some((hour * 3600 + minute * 60 + min(second, 59), offset))
    }

    /// Reads `Z` or `±HH[:MM]`: `nil` when not a zone, `.some(nil)` when out of range.
    private mutating func scanZone() -> Int?? {
      if take(0x5A) || take(0x7A) { return .some(0) }  // Z z
      guard let sign = take(anyOf: 0x2B, 0x2D, 0x2212) else { return nil }  // + - −
      guard let hours = digits(2, 2, moreMayFollow: true) else { return nil }
      var minutes = 0
      if take(0x3A) {
        guard let m = digits(2, 2) else { return nil }
        minutes = m
      } else if let m = digits(2, 2) {
        minutes = m
      }
      guard hours <= 23 && minutes <= 59 else { return .some(nil) }
      let total = hours * 60 + minutes
      return .some(sign == 0x2B ? total : -total)
    }
  }

  /// Gregorian calendar facts.
  private enum Calendar {
    static func isRealDate(year: Int, month: Int, day: Int) -> Bool {
      guard year >= 1 && year <= 9999, month >= 1 && month <= 12, day >= 1 else { return false }
      let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      let length = month == 2 && isLeap ? 29 : lengths[month - 1]
      return day <= length
    }
  }
}
