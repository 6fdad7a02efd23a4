import GazetteModel

/// Asks the loader's date parser about a date, so that `gazette import` never writes a date
/// `gazette check` would warn about.
enum PublishedDateCheck {
  /// Whether the loader reads `text` as a real date.
  static func isValid(_ text: String) -> Bool {
    PublishedDate(parsing: text) != nil
  }

  /// `text` rewritten as ISO 8601 (`2023-05-05`, `2023-05-05T09:30:00+08:00`), or nil when
  /// the loader cannot read it.
  static func iso(_ text: String) -> String? {
    guard let date = PublishedDate(parsing: text) else { return nil }
    guard let seconds = date.secondsOfDay else { return date.dayString }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var result =
      "\(date.dayString)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    if let offset = date.utcOffsetMinutes {
      if offset == 0 {
        result += "Z"
      } else {
        let magnitude = abs(offset)
        result += "\(offset < 0 ? "-" : "+")\(two(magnitude / 60)):\(two(magnitude % 60))"
      }
    }
    return result
  }
}
