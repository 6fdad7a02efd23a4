/// RFC 822 / RFC 1123 dates as RSS writes them (`Fri, 05 May 2023 09:30:00 +0800`,
/// `5 May 2023 09:30 GMT`), rewritten as ISO 8601 for the article format.
public enum InternetDate {
  static let months = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
  static let zones: [String: Int] = [
    "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "jst": 540, "kst": 540,
  ]

  /// `text` as ISO 8601 (`2023-05-05T09:30:00+08:00`), or nil when it is not an RFC 822 date.
  public static func iso(_ text: String) -> String? {
    var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
      .map(String.init)
    if let first = words.first, first.count >= 3, first.allSatisfy(\.isLetter) {
      words.removeFirst()
    }
    guard words.count >= 3, let day = Int(words[0]), (1...31).contains(day),
      let month = months.firstIndex(of: String(words[1].prefix(3))), var year = Int(words[2])
    else { return nil }
    if year < 100 { year += year < 50 ? 2000 : 1900 }
    guard (1...9999).contains(year) else { return nil }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var result = "\(year)-\(two(month + 1))-\(two(day))"
    guard words.count >= 4 else { return PublishedDateCheck.iso(result) }
    let time = words[3].split(separator: ":").compactMap { Int($0) }
    guard time.count >= 2, (0...23).contains(time[0]), (0...59).contains(time[1]) else {
      return PublishedDateCheck.iso(result)
    }
    let seconds = time.count > 2 ? time[2] : 0
    result += "T\(two(time[0])):\(two(time[1])):\(two(min(seconds, 59)))"
    if words.count >= 5 {
      let zone = words[4]
      var offset: Int?
      if let known = zones[zone] {
        offset = known
      } else if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-",
        let hours = Int(zone.dropFirst().prefix(2)), let minutes = Int(zone.suffix(2))
      {
        offset = (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
      }
      if let offset {
        if offset == 0 {
          result += "Z"
        } else {
          let magnitude = abs(offset)
          result += "\(offset < 0 ? "-" : "+")\(two(magnitude / 60)):\(two(magnitude % 60))"
        }
      }
    }
    return PublishedDateCheck.iso(result)
  }
}
