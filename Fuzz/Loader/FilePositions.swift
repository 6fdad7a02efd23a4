/// The lines of a file and how many code points each holds, computed independently of the
/// loader, to bound the line and column of every problem.
///
/// Lines end at LF, CRLF or a lone CR; every byte that is not a UTF-8 continuation byte starts
/// a code point (invalid bytes included), which is an upper bound on the loader's columns.
struct FilePositions {
  /// Code points on each line, line 1 first (line ends not counted).
  let codePointsPerLine: [Int]

  /// Counts the lines of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var counts: [Int] = []
    var current = 0
    var offset = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == 0x0A || byte == 0x0D {
        counts.append(current)
        current = 0
        if byte == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A { offset += 1 }
      } else if byte & 0xC0 != 0x80 {
        current += 1
      }
      offset += 1
    }
    counts.append(current)
    codePointsPerLine = counts
  }

  /// Whether line `line` and column `column` (both from 1) lie in the file; the column may be
  /// one past the line's last code point (the end of the line or of the file).
  func contains(line: Int, column: Int) -> Bool {
    guard line >= 1 && line <= codePointsPerLine.count && column >= 1 else { return false }
    return column <= codePointsPerLine[line - 1] + 1
  }
}
