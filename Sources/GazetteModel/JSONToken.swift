/// One token of a JSON document, as byte offsets into the file (no text is decoded yet).
///
/// Keeping only offsets is what lets the summary pass validate a body without ever building
/// it as a `String`.
struct JSONToken {
  /// What the token is.
  enum Kind: UInt8 {
    case objectStart
    case objectEnd
    case arrayStart
    case arrayEnd
    /// A field name; `start`/`end` include the quotes.
    case key
    /// A string value; `start`/`end` include the quotes.
    case string
    case number
    case trueValue
    case falseValue
    case null
    /// The document ended after its one value (only whitespace followed).
    case endOfInput
  }

  /// Set on strings that contain at least one backslash escape.
  static let hasEscapes: UInt8 = 1
  /// Set on strings whose content is plain ASCII.
  static let isASCII: UInt8 = 2
  /// Set on numbers with a fraction or an exponent.
  static let hasFractionOrExponent: UInt8 = 4
  /// Set on numbers with a leading minus sign.
  static let isNegative: UInt8 = 8

  var kind: Kind
  /// Offset of the token's first byte.
  var start: Int
  /// Offset just past the token's last byte.
  var end: Int
  /// Bit set of the flags above.
  var flags: UInt8 = 0

  /// The bytes of a string's content, without the quotes.
  var contentRange: Range<Int> { (start + 1)..<max(start + 1, end - 1) }

  /// Whether the flag `flag` is set.
  func has(_ flag: UInt8) -> Bool { flags & flag != 0 }

  /// How a person would call a value of this kind, with an article ("a string").
  var valueDescription: String {
    switch kind {
    case .objectStart, .objectEnd: return "an object"
    case .arrayStart, .arrayEnd: return "an array"
    case .key, .string: return "a string"
    case .number: return "a number"
    case .trueValue, .falseValue: return "true/false"
    case .null: return "null"
    case .endOfInput: return "nothing"
    }
  }
}
