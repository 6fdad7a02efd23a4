/// Looks up the packed properties of any Unicode scalar in the generated table.
///
/// The table is decoded once from `UnicodePropertyData` into memory that lives for the whole
/// process, with each block's records expanded in place (171 blocks of 256 `UInt32`, 175 KB):
/// a lookup is two dependent loads (block number, record) with no bounds checks, which is safe
/// because every scalar value is below 0x110000 and the decoder checks the table's shape.
struct PropertyTable: @unchecked Sendable {
  /// The table for this process.
  static let shared = PropertyTable()

  private let blockIndex: UnsafePointer<UInt8>
  /// 256 records per block.
  private let blocks: UnsafePointer<UInt32>
  private let ascii: UnsafePointer<UInt32>

  private init() {
    let recordBytes = PropertyTable.decodeBase64(UnicodePropertyData.records)
    let indexBytes = PropertyTable.decodeBase64(UnicodePropertyData.blockIndex)
    let blockBytes = PropertyTable.decodeBase64(UnicodePropertyData.blocks)
    let recordCount = UnicodePropertyData.recordCount
    precondition(recordBytes.count == recordCount * 4, "property records are corrupt")
    precondition(indexBytes.count == 0x1100, "property block index is corrupt")
    precondition(
      blockBytes.count == UnicodePropertyData.blockCount * 256, "property blocks are corrupt")
    precondition(
      indexBytes.allSatisfy { Int($0) < UnicodePropertyData.blockCount }
        && blockBytes.allSatisfy { Int($0) < recordCount }, "property table is corrupt")

    var records = [UInt32](repeating: 0, count: recordCount)
    for index in 0..<recordCount {
      for byte in 0..<4 {
        records[index] |= UInt32(recordBytes[index * 4 + byte]) &<< UInt32(8 * byte)
      }
    }
    let blockIndex = UnsafeMutablePointer<UInt8>.allocate(capacity: indexBytes.count)
    blockIndex.initialize(from: indexBytes, count: indexBytes.count)
    let blocks = UnsafeMutablePointer<UInt32>.allocate(capacity: blockBytes.count)
    for (offset, record) in blockBytes.enumerated() {
      (blocks + offset).initialize(to: records[Int(record)])
    }
    let ascii = UnsafeMutablePointer<UInt32>.allocate(capacity: 128)
    for scalar in 0..<128 {
      (ascii + scalar).initialize(to: blocks[Int(blockIndex[0]) &<< 8 | scalar])
    }
    self.blockIndex = UnsafePointer(blockIndex)
    self.blocks = UnsafePointer(blocks)
    self.ascii = UnsafePointer(ascii)
  }

  /// The properties of the scalar with value `value` (which must be below 0x110000).
  @inline(__always) func properties(of value: UInt32) -> ScalarProperties {
    if value < 0x80 { return ScalarProperties(bits: ascii[Int(value)]) }
    let block = Int(blockIndex[Int(value &>> 8)])
    return ScalarProperties(bits: blocks[block &<< 8 | Int(value & 0xFF)])
  }

  /// The properties of `scalar`.
  @inline(__always) func properties(of scalar: Unicode.Scalar) -> ScalarProperties {
    properties(of: scalar.value)
  }

  /// Decodes standard base64, skipping whitespace (the generated literals are wrapped).
  private static func decodeBase64(_ text: String) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count * 3 / 4)
    var accumulator: UInt32 = 0
    var bitCount = 0
    for byte in text.utf8 {
      let value: UInt32
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = UInt32(byte - UInt8(ascii: "A"))
      case UInt8(ascii: "a")...UInt8(ascii: "z"): value = UInt32(byte - UInt8(ascii: "a")) + 26
      case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0")) + 52
      case UInt8(ascii: "+"): value = 62
      case UInt8(ascii: "/"): value = 63
      default: continue
      }
      accumulator = accumulator &<< 6 | value
      bitCount += 6
      if bitCount >= 8 {
        bitCount -= 8
        output.append(UInt8(truncatingIfNeeded: accumulator &>> UInt32(bitCount)))
      }
    }
    return output
  }
}
