/// Decodes one Unicode scalar from valid UTF-8 (the storage of a Swift `String`).
enum UTF8Scalar {
  /// The scalar value starting at `bytes[offset]` and its length in bytes (1–4).
  ///
  /// The bytes must be valid UTF-8 and `offset` must be the first byte of a scalar, which
  /// holds for any scalar-aligned offset into a Swift string's UTF-8 view.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (
    value: UInt32, length: Int
  ) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 {
      return ((lead & 0x1F) &<< 6 | UInt32(bytes[offset &+ 1] & 0x3F), 2)
    }
    if lead < 0xF0 {
      return (
        (lead & 0x0F) &<< 12 | UInt32(bytes[offset &+ 1] & 0x3F) &<< 6
          | UInt32(bytes[offset &+ 2] & 0x3F), 3
      )
    }
    return (
      (lead & 0x07) &<< 18 | UInt32(bytes[offset &+ 1] & 0x3F) &<< 12
        | UInt32(bytes[offset &+ 2] & 0x3F) &<< 6 | UInt32(bytes[offset &+ 3] & 0x3F), 4
    )
  }

  /// Appends the UTF-8 encoding of `value` to `output`.
  @inline(__always)
  static func append(_ value: UInt32, to output: inout [UInt8]) {
    if value < 0x80 {
      output.append(UInt8(truncatingIfNeeded: value))
    } else if value < 0x800 {
      output.append(UInt8(truncatingIfNeeded: 0xC0 | value &>> 6))
      output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    } else if value < 0x10000 {
      output.append(UInt8(truncatingIfNeeded: 0xE0 | value &>> 12))
      output.append(UInt8(truncatingIfNeeded: 0x80 | (value &>> 6) & 0x3F))
      output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    } else {
      output.append(UInt8(truncatingIfNeeded: 0xF0 | value &>> 18))
      output.append(UInt8(truncatingIfNeeded: 0x80 | (value &>> 12) & 0x3F))
      output.append(UInt8(truncatingIfNeeded: 0x80 | (value &>> 6) & 0x3F))
      output.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
    }
  }
}
