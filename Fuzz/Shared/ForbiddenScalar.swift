/// The scalars that must never reach a terminal as themselves: each is either a control a
/// terminal obeys or a bidi control that reorders what is shown.
enum ForbiddenScalar {
  /// Whether `scalar` is a C0 control other than tab and newline, DEL or a C1 control.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
  }

  /// Whether `scalar` is a bidi embedding, override, isolate or mark (Trojan Source).
  static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
      || value == 0x200E || value == 0x200F || value == 0x061C
  }

  /// Whether `scalar` is a control, a bidi control or a line or paragraph separator.
  static func isForbiddenInDisplayText(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isBidiControl(scalar) || scalar.value == 0x2028
      || scalar.value == 0x2029
  }

  /// The first forbidden scalar of `text`, if any (tab and newline are allowed).
  static func first<S: StringProtocol>(in text: S) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isForbiddenInDisplayText)
  }
}
