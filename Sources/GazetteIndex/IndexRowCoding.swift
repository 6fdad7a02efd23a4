import GazetteModel

/// How article fields that are not plain text or numbers are stored in an index row.
enum IndexRowCoding {
  /// A date as one integer: year, month, day, then the time of day and the UTC offset, each
  /// stored plus one so that 0 means "not given".
  static func pack(_ date: PublishedDate) -> Int64 {
    var value = Int64(date.year) * 13 + Int64(date.month)
    value = value * 32 + Int64(date.day)
    value = value * 86_401 + Int64(date.secondsOfDay.map { $0 + 1 } ?? 0)
    value = value * 2_882 + Int64(date.utcOffsetMinutes.map { $0 + 1_441 } ?? 0)
    return value
  }

  /// The date `pack` stored.
  static func unpack(_ packed: Int64) -> PublishedDate {
    var value = packed
    let offset = value % 2_882
    value /= 2_882
    let seconds = value % 86_401
    value /= 86_401
    let day = value % 32
    value /= 32
    let month = value % 13
    let year = value / 13
    return PublishedDate(
      year: Int(year), month: Int(month), day: Int(day),
      secondsOfDay: seconds == 0 ? nil : Int(seconds - 1),
      utcOffsetMinutes: offset == 0 ? nil : Int(offset - 1_441))
  }

  /// Breadcrumb levels as one blob: each level's UTF-8 length (4 bytes, little-endian), then
  /// its UTF-8.
  static func pack(_ category: [String]) -> [UInt8] {
    var bytes: [UInt8] = []
    for level in category {
      let count = UInt32(level.utf8.count)
      for shift in stride(from: 0, to: 32, by: 8) {
        bytes.append(UInt8(truncatingIfNeeded: count >> shift))
      }
      bytes.append(contentsOf: level.utf8)
    }
    return bytes
  }

  /// The levels `pack` stored; what is left of a damaged blob is ignored.
  static func unpackCategory(_ bytes: UnsafeRawBufferPointer) -> [String] {
    var levels: [String] = []
    var index = 0
    while index + 4 <= bytes.count {
      var count = 0
      for offset in 0..<4 { count |= Int(bytes[index + offset]) << (8 * offset) }
      index += 4
      guard count <= bytes.count - index else { break }
      levels.append(
        String(
          decoding: UnsafeRawBufferPointer(rebasing: bytes[index..<(index + count)]), as: UTF8.self)
      )
      index += count
    }
    return levels
  }
}
