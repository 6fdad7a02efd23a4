import Foundation
import GazetteText
import Testing

@testable import gazette

/// `--json` output escapes exactly what `TerminalSafety` calls unsafe, plus `"` and `\`, so
/// the JSON is valid and printing it on a terminal cannot act on the terminal.
@Suite struct JSONWriterEscapingTests {
  /// Every scalar of the Basic Multilingual Plane and a sample of the planes above it.
  private static let scalars: [Unicode.Scalar] =
    (Array(0..<0x1_0000) + Array(stride(from: 0x1_0000, through: 0x10_FFFF, by: 37)))
    .compactMap { Unicode.Scalar(UInt32($0)) }

  private func written(_ text: String) -> [UInt8] {
    var writer = JSONWriter()
    writer.string(text)
    return writer.bytes
  }

  @Test func escapesExactlyTheUnsafeScalarsBesidesQuoteAndBackslash() {
    var disagreements: [UInt32] = []
    for scalar in Self.scalars {
      let text = String(scalar)
      let escaped = written(text) != [0x22] + Array(text.utf8) + [0x22]
      let mustEscape = !TerminalSafety.isSafe(scalar) || scalar == "\"" || scalar == "\\"
      if escaped != mustEscape { disagreements.append(scalar.value) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20).map { String($0, radix: 16) })")
  }

  @Test(arguments: [
    ("\u{2028}", #""\u2028""#), ("\u{2029}", #""\u2029""#), ("\u{1B}", #""\u001b""#),
    ("\u{9B}", #""\u009b""#), ("\u{61C}", #""\u061c""#), ("\u{202E}", #""\u202e""#),
    ("\u{2069}", #""\u2069""#), ("\n\t\r", #""\n\t\r""#), ("\"\\", #""\"\\""#),
    ("中\u{2027}\u{202F}", "\"中\u{2027}\u{202F}\""),
  ])
  func escapeForms(text: String, expected: String) {
    #expect(String(decoding: written(text), as: UTF8.self) == expected)
  }

  /// Every sampled scalar in one string comes back whole through a JSON parser.
  @Test func everyScalarRoundTrips() throws {
    var text = ""
    text.unicodeScalars.append(contentsOf: Self.scalars)
    let decoded = try JSONDecoder().decode(String.self, from: Data(written(text)))
    #expect(Array(decoded.unicodeScalars) == Self.scalars)
  }
}
