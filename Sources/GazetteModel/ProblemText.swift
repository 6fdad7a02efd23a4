/// Helpers that word problem messages safely.
enum ProblemText {
  /// `text` in double quotes, cut to `limit` characters, with control, bidi-control and line
  /// and paragraph separator characters written as `\u{…}` so a message never carries a
  /// terminal control sequence and stays on one line.
  static func quoted(_ text: String, limit: Int = 60) -> String {
    var result = "\""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        result += "…"
        break
      }
      let value = scalar.value
      let isControl =
        value < 0x20 || (value >= 0x7F && value < 0xA0) || (value >= 0x200E && value <= 0x200F)
        || (value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069)
        || value == 0x061C || value == 0x2028 || value == 0x2029
      if isControl {
        result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
      } else {
        result.unicodeScalars.append(scalar)
      }
      count += 1
    }
    return result + "\""
  }

  /// `value` with thousands separators (`64,000`).
  static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }

  /// The message for a file over the size limit.
  static func tooLarge(_ size: Int, limit: Int) -> String {
    "the file is too large (\(count(size)) bytes; the limit is \(count(limit)))"
  }
}
