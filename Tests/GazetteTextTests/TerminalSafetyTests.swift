import GazetteText
import Testing

/// `TerminalSafety.isSafe`: exactly the controls, separators and bidi controls, nothing else.
@Suite struct TerminalSafetyTests {
  @Test func theUnsafeScalarsAreExactlyTheListedOnes() {
    var unsafe: [UInt32] = []
    for value in UInt32(0)...0x10_FFFF {
      if let scalar = Unicode.Scalar(value), !TerminalSafety.isSafe(scalar) {
        unsafe.append(value)
      }
    }
    let expected: [UInt32] =
      Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x061C, 0x200E, 0x200F]
      + Array(0x2028...0x202E) + Array(0x2066...0x2069)
    #expect(unsafe == expected)
  }

  @Test(
    arguments: [
      ("a", true), ("中", true), ("e\u{301}", true), ("👨\u{200D}👩", true), ("␛", true),
      ("\u{FFFD}", true), ("\u{200D}", true), ("\u{2027}", true), ("\u{202F}", true),
      ("\t", false), ("\n", false), ("\r\n", false), ("\u{1B}", false), ("\u{202E}", false),
      ("\u{85}", false),
    ] as [(Character, Bool)])
  func charactersAreSafeWhenEveryScalarIs(character: Character, safe: Bool) {
    #expect(TerminalSafety.isSafe(character) == safe)
  }
}
