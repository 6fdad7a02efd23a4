/// Formats counts for people: digits grouped by thousands with commas (12,345).
public enum GroupedNumber {
  /// `value` with a comma between groups of three digits.
  public static func format(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }
}
