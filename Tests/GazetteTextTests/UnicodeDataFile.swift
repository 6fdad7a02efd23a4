import Glibc

/// Reads the Unicode Character Database files the tests check against (Debian `unicode-data`).
enum UnicodeDataFile {
  /// Directory of the Unicode 15.0 data files.
  static let directory = "/usr/share/unicode"

  /// The lines of `path` (relative to `directory`), without comments and blank lines.
  static func dataLines(_ path: String) -> [Substring] {
    let text = contents(of: "\(directory)/\(path)")
    return text.split(separator: "\n").compactMap { line in
      let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let trimmed = data.drop(while: { $0 == " " || $0 == "\t" })
      return trimmed.isEmpty ? nil : data
    }
  }

  /// The whole file at `path` as text; an empty string if it cannot be read.
  static func contents(of path: String) -> String {
    guard let file = fopen(path, "rb") else { return "" }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses a test line of the form `× 0023 ÷ 0020 × ...` into scalars and the break flags
  /// between them (`breaks[i]`: break before scalar `i`; `breaks[count]`: at the end).
  static func parseBreakTestLine(_ line: Substring) -> (scalars: [Unicode.Scalar], breaks: [Bool])?
  {
    var scalars: [Unicode.Scalar] = []
    var breaks: [Bool] = []
    for token in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      switch token {
      case "÷": breaks.append(true)
      case "×": breaks.append(false)
      default:
        guard let value = UInt32(token, radix: 16), let scalar = Unicode.Scalar(value) else {
          return nil
        }
        scalars.append(scalar)
      }
    }
    guard breaks.count == scalars.count + 1 else { return nil }
    return (scalars, breaks)
  }
}
