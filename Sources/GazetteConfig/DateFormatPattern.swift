/// A date format in strftime's notation, limited to what a day's date can fill in.
///
/// Articles carry a day (and sometimes a time the list does not show), so the pattern knows
/// `%Y %y %m %d %e %-m %-d %b %B %a %A %j %%`; anything else is refused when the config is read,
/// not shown as a literal `%q` later.
public struct DateFormatPattern: Hashable, Sendable, CustomStringConvertible {
  /// The pattern as written.
  public let pattern: String
  private let parts: [Part]

  private enum Part: Hashable, Sendable {
    case literal(String)
    case conversion(Character, padded: Bool)
  }

  /// The conversions a pattern may use (after `%`, optionally `%-` for no padding).
  public static let conversions: Set<Character> = [
    "Y", "y", "m", "d", "e", "b", "B", "a", "A", "j", "%",
  ]

  /// `%Y-%m-%d`, the ISO form Gazette uses without a config.
  public static let iso = try! DateFormatPattern("%Y-%m-%d")

  /// Reads `pattern`; throws a message naming the first conversion it does not know.
  public init(_ pattern: String) throws(DateFormatError) {
    var parts: [Part] = []
    var literal = ""
    var characters = pattern.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        literal.append(character)
        continue
      }
      var conversion = characters.next()
      var padded = true
      if conversion == "-" {
        padded = false
        conversion = characters.next()
      }
      guard let conversion else { throw .danglingPercent }
      guard Self.conversions.contains(conversion) else {
        throw .unknownConversion("%" + (padded ? "" : "-") + String(conversion))
      }
      if conversion == "%" {
        literal.append("%")
        continue
      }
      if !literal.isEmpty { parts.append(.literal(literal)) }
      literal = ""
      parts.append(.conversion(conversion, padded: padded))
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    self.pattern = pattern
    self.parts = parts
  }

  /// The pattern as written.
  public var description: String { pattern }

  private static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  private static let dayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]

  /// The date `year`-`month`-`day` (a valid Gregorian date) in this format.
  public func format(year: Int, month: Int, day: Int) -> String {
    var text = ""
    for part in parts {
      switch part {
      case .literal(let literal):
        text += literal
      case .conversion(let conversion, let padded):
        func number(_ value: Int, width: Int, pad: Character = "0") -> String {
          let digits = String(value)
          guard padded, digits.count < width else { return digits }
          return String(repeating: pad, count: width - digits.count) + digits
        }
        switch conversion {
        case "Y": text += number(year, width: 4)
        case "y": text += number(((year % 100) + 100) % 100, width: 2)
        case "m": text += number(month, width: 2)
        case "d": text += number(day, width: 2)
        case "e": text += number(day, width: 2, pad: " ")
        case "j": text += number(Self.dayOfYear(year: year, month: month, day: day), width: 3)
        case "B": text += Self.monthNames[month - 1]
        case "b": text += String(Self.monthNames[month - 1].prefix(3))
        case "A": text += Self.dayNames[Self.weekday(year: year, month: month, day: day)]
        case "a":
          text += String(Self.dayNames[Self.weekday(year: year, month: month, day: day)].prefix(3))
        default: break
        }
      }
    }
    return text
  }

  /// 0 for Sunday to 6 for Saturday (Sakamoto's method).
  static func weekday(year: Int, month: Int, day: Int) -> Int {
    let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let y = month < 3 ? year - 1 : year
    let value = y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day
    return ((value % 7) + 7) % 7
  }

  static func dayOfYear(year: Int, month: Int, day: Int) -> Int {
    let cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    return cumulative[month - 1] + day + (isLeap && month > 2 ? 1 : 0)
  }
}

/// Why a date format was refused.
public enum DateFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A `%` at the very end.
  case danglingPercent
  /// A conversion the pattern does not know, such as `%H`.
  case unknownConversion(String)

  /// The problem in plain words.
  public var description: String {
    switch self {
    case .danglingPercent:
      return "the date format ends with a lone %; write %% for a percent sign"
    case .unknownConversion(let conversion):
      return "the date format uses \(conversion), which a day's date cannot fill in; use "
        + "%Y %y %m %d %e %b %B %a %A %j (and %-m, %-d for no leading zero)"
    }
  }
}
