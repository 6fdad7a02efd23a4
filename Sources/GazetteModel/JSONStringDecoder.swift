/// Turns the bytes of a validated JSON string into its text.
///
/// Escapes are resolved; a `\u` surrogate pair becomes one character and an unpaired surrogate
/// (`"\ud800"`) becomes U+FFFD, since a Swift `String` cannot hold half a character. `\u0000`
/// is kept as U+0000: the display layer makes it visible.
enum JSONStringDecoder {
  /// The text of the string token `token` (which `JSONReader` has already validated).
  static func decode(_ token: JSONToken, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let range = token.contentRange.clamped(to: 0..<bytes.count)
    let content = UnsafeBufferPointer(rebasing: bytes[range])
    guard token.has(JSONToken.hasEscapes) else {
      return String(decoding: content, as: UTF8.self)
    }
    var output: [UInt8] = []
    decodeEscapes(content, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Replaces `output` with the UTF-8 text of the string token `token` (for matching without
  /// building a `String`).
  static func decodeBytes(
    _ token: JSONToken, in bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
  ) {
    let range = token.contentRange.clamped(to: 0..<bytes.count)
    output.removeAll(keepingCapacity: true)
    decodeEscapes(UnsafeBufferPointer(rebasing: bytes[range]), into: &output)
  }

  /// Appends the text of the string content `content` (escapes resolved) to `output`.
  private static func decodeEscapes(
    _ content: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]
  ) {
    output.reserveCapacity(output.count + content.count)
    var index = 0
    while index < content.count {
      let byte = content[index]
      guard byte == UInt8(ascii: "\\"), index + 1 < content.count else {
        // Copy the whole run up to the next backslash at once.
        var end = index + 1
        while end < content.count && content[end] != UInt8(ascii: "\\") { end += 1 }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: content[index..<end]))
        index = end
        continue
      }
      let escaped = content[index + 1]
      index += 2
      switch escaped {
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0C)
      case UInt8(ascii: "n"): output.append(0x0A)
      case UInt8(ascii: "r"): output.append(0x0D)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "u"):
        guard let unit = hexUnit(content, at: index) else {
          appendScalar(0xFFFD, to: &output)
          continue
        }
        index += 4
        if unit >= 0xD800 && unit <= 0xDBFF {
          // A high surrogate is only whole when a `\u` low surrogate follows at once.
          if index + 6 <= content.count && content[index] == UInt8(ascii: "\\")
            && content[index + 1] == UInt8(ascii: "u"),
            let low = hexUnit(content, at: index + 2), low >= 0xDC00 && low <= 0xDFFF
          {
            index += 6
            appendScalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), to: &output)
          } else {
            appendScalar(0xFFFD, to: &output)
          }
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
          appendScalar(0xFFFD, to: &output)
        } else {
          appendScalar(unit, to: &output)
        }
      default:
        output.append(escaped)
      }
    }
  }

  private static func hexUnit(_ content: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    guard index + 4 <= content.count else { return nil }
    var value: UInt32 = 0
    for offset in 0..<4 {
      guard let digit = JSONReader.hexValue(content[index + offset]) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  private static func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    UTF8.encode(scalar) { output.append($0) }
  }
}
