import GazetteText

/// Builds JSON text by hand, so output keeps the field order users expect and stays fast.
///
/// Strings are escaped so that the output is valid JSON and also safe to print on a terminal:
/// every scalar `TerminalSafety.isSafe` rejects (C0, DEL, C1, line and paragraph separators,
/// bidi controls) is written as a `\u001b`-style escape.
struct JSONWriter {
  /// The JSON text written so far, as UTF-8.
  private(set) var bytes: [UInt8] = []
  /// Whether the object being written already has a field, so the next needs a comma.
  private var objectHasField = false

  /// Appends raw JSON syntax such as `{`, `,` or `]`.
  mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends a string value, escaped.
  ///
  /// Besides `"` and `\`, exactly the scalars `TerminalSafety.isSafe` rejects are escaped.
  /// Printable ASCII and most other bytes are copied as they are: every unsafe scalar above
  /// ASCII starts with the byte C2 (C1 controls), D8 (U+061C) or E2 (U+2000–U+2FFF), so only
  /// those lead bytes are decoded and asked about.
  mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var utf8 = Array(value.utf8)
    utf8.append(0)  // A sentinel, so looking one or two bytes ahead never leaves the array.
    utf8.append(0)
    var index = 0
    let end = utf8.count - 2
    while index < end {
      let byte = utf8[index]
      switch byte {
      case 0x22: raw("\\\"")
      case 0x5C: raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case 0x00..<0x20, 0x7F: escape(UInt32(byte))
      case 0xC2, 0xD8:
        let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(utf8[index + 1] & 0x3F)
        copyOrEscape(scalar, utf8[index...(index + 1)])
        index += 1
      case 0xE2:
        let scalar =
          0x2000 | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
        copyOrEscape(scalar, utf8[index...(index + 2)])
        index += 2
      default:
        bytes.append(byte)
      }
      index += 1
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends `encoded` (the UTF-8 of `scalar`) as it is, or an escape when it is unsafe.
  private mutating func copyOrEscape(_ scalar: UInt32, _ encoded: ArraySlice<UInt8>) {
    if let unicode = Unicode.Scalar(scalar), !TerminalSafety.isSafe(unicode) {
      escape(scalar)
    } else {
      bytes.append(contentsOf: encoded)
    }
  }

  private mutating func escape(_ value: UInt32) {
    let hex: [UInt8] = Array("0123456789abcdef".utf8)
    bytes.append(UInt8(ascii: "\\"))
    bytes.append(UInt8(ascii: "u"))
    for shift: UInt32 in [12, 8, 4, 0] { bytes.append(hex[Int((value >> shift) & 0xF)]) }
  }

  /// Starts an object; fields follow with `field`, and `endObject` closes it.
  mutating func beginObject() {
    raw("{")
    objectHasField = false
  }

  /// Closes the object `beginObject` started.
  mutating func endObject() {
    raw("}")
  }

  /// Appends `"name":"value"` (or `null`) to the current object.
  mutating func field(_ name: StaticString, _ value: String?) {
    key(name)
    if let value { string(value) } else { raw("null") }
  }

  /// Appends `"name":value` (or `null`) to the current object.
  mutating func field(_ name: StaticString, _ value: Int?) {
    key(name)
    if let value { bytes.append(contentsOf: String(value).utf8) } else { raw("null") }
  }

  /// Appends `"name":true`, `false` or `null` to the current object.
  mutating func field(_ name: StaticString, _ value: Bool?) {
    key(name)
    switch value {
    case true?: raw("true")
    case false?: raw("false")
    case nil: raw("null")
    }
  }

  /// Appends `"name":["value",…]` to the current object.
  mutating func field(_ name: StaticString, _ values: [String]) {
    key(name)
    raw("[")
    for (index, value) in values.enumerated() {
      if index > 0 { raw(",") }
      string(value)
    }
    raw("]")
  }

  /// Appends `"name":`, after a comma unless it is the object's first field.
  private mutating func key(_ name: StaticString) {
    if objectHasField { raw(",") }
    objectHasField = true
    raw("\"")
    raw(name)
    raw("\":")
  }
}
