/// Converts byte offsets of a file into 1-based line and column numbers.
///
/// Lines end at LF, CRLF or a lone CR. Columns count Unicode code points (every byte that is not
/// a UTF-8 continuation byte starts one); a byte order mark at the start takes no column.
/// Offsets asked in increasing order cost only the bytes between them.
struct TextPositionCounter {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let firstOffset: Int
  private var offset: Int
  private var line = 1
  private var column = 1

  /// Creates a counter for `bytes`.
  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    firstOffset = JSONReader.byteOrderMarkLength(bytes)
    offset = firstOffset
  }

  /// The line and column of the byte at `target`.
  mutating func position(of target: Int) -> (line: Int, column: Int) {
    let target = min(max(target, firstOffset), bytes.count)
    if target < offset {
      offset = firstOffset
      line = 1
      column = 1
    }
    while offset < target {
      let byte = bytes[offset]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte == 0x0D {
        if offset + 1 < bytes.count && bytes[offset + 1] == 0x0A && offset + 1 < target {
          offset += 1
        }
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      offset += 1
    }
    return (line, column)
  }
}
