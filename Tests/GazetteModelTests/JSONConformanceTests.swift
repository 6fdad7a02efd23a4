import Testing

@testable import GazetteModel

/// JSON grammar cases in the spirit of JSONTestSuite: what must be accepted, what must be
/// rejected, and the documented choice for the cases the standard leaves open.
@Suite struct JSONConformanceTests {
  /// Reads every token of `bytes`; the error when the document is not accepted.
  static func read(_ bytes: [UInt8], maxDepth: Int = 64) -> JSONSyntaxError? {
    bytes.withUnsafeBufferPointer { buffer -> JSONSyntaxError? in
      var reader = JSONReader(bytes: buffer, maxDepth: maxDepth)
      do throws(JSONSyntaxError) {
        while try reader.next().kind != .endOfInput {}
        return nil
      } catch {
        return error
      }
    }
  }

  static func read(_ text: String) -> JSONSyntaxError? { read(Array(text.utf8)) }

  @Test(arguments: [
    "{}", "[]", "[[]]", "{\"a\":[1,2,{\"b\":null}]}", "\"\"", "0", "-0", "1.5e10", "-1E-2",
    "1e400", "99999999999999999999999", "true", "false", "null", " [1] ", "\t\r\n[1]\n",
    "[\"\\u0000\"]", "[\"\\ud83d\\ude00\"]", "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]",
    "{\"a\":1,\"a\":2}", "[\"é中😀\"]", "[0.0e+00]", "[1E5]",
  ])
  func accepts(_ text: String) {
    #expect(Self.read(text) == nil, "\(text) should be accepted")
  }

  @Test(arguments: [
    ("[1,]", "trailing comma"), ("{\"a\":1,}", "trailing comma"), ("[01]", "leading zero"),
    ("[NaN]", "NaN"), ("[Infinity]", "Infinity"), ("['a']", "double quotes"),
    ("{'a':1}", "double quotes"), ("[1] // c", "comments"), ("/* c */ [1]", "comments"),
    ("[\"a\nb\"]", "line break inside a string"), ("[\"a\tb\"]", "control character"),
    ("[1 2]", "expected `,`"), ("[1", "ends too early"), ("{\"a\" 1}", "expected `:`"),
    ("{a:1}", "field name in double quotes"), ("[1.]", "decimal point"),
    ("[.5]", "expected a value"),
    ("[1e]", "exponent"), ("[-]", "digit after `-`"), ("[tru]", "`tru`"), ("[True]", "lowercase"),
    ("[1] [2]", "extra data"), ("[\"\\x\"]", "invalid escape `\\x`"),
    ("[\"\\é\"]", "a backslash before the character U+00E9"), ("[\"\\u12\"]", "four hexadecimal"),
    ("[\"abc", "never closed"), ("[+1]", "expected a value"), ("[1a]", "after a number"),
    ("{\"a\":1]", "expected `,` or `}`"), ("[\u{3000}1]", "U+3000"), ("\u{0C}[1]", "U+000C"),
    ("[0x10]", "after a number"), ("[]]", "extra data"),
  ])
  func rejects(_ text: String, _ expected: String) throws {
    let error = try #require(Self.read(text), "\(text) should be rejected")
    #expect(error.message.contains(expected), "\(text): \(error.message)")
  }

  @Test(arguments: [
    ([0xC0, 0xAF] as [UInt8], "overlong"),
    ([0xE0, 0x80, 0xAF], "overlong"),
    ([0xED, 0xA0, 0x80], "surrogate"),
    ([0xF4, 0x90, 0x80, 0x80], "above U+10FFFF"),
    ([0xE4, 0xB8], "incomplete"),
    ([0xE4, 0xB8, 0x41], "incomplete"),
    ([0x80], "cannot start"),
    ([0xFF], "never appears"),
  ])
  func rejectsInvalidUTF8InStrings(_ bad: [UInt8], _ expected: String) throws {
    let bytes = Array("[\"ab".utf8) + bad + Array("\"]".utf8)
    let error = try #require(Self.read(bytes))
    #expect(error.kind == .encoding)
    #expect(error.message.contains(expected), "\(error.message)")
    #expect(error.offset == 4)
  }

  @Test func rejectsCharacterCutByEndOfFile() throws {
    let error = try #require(Self.read(Array("[\"ab".utf8) + [0xE4, 0xB8]))
    #expect(error.message.contains("ends in the middle of a character"))
  }

  @Test func rejectsInvalidUTF8OutsideStrings() throws {
    let error = try #require(Self.read([0x5B, 0xC3, 0x5D]))
    #expect(error.message.contains("not valid UTF-8"))
  }

  @Test func skipsByteOrderMarkOnlyAtTheStart() {
    #expect(Self.read([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == nil)
    #expect(Self.read(Array("[".utf8) + [0xEF, 0xBB, 0xBF] + Array("]".utf8)) != nil)
  }

  @Test func deepNestingIsAnErrorNotACrash() throws {
    let deep = [UInt8](repeating: UInt8(ascii: "["), count: 200_000)
    let error = try #require(Self.read(deep))
    #expect(error.kind == .nesting)
    #expect(error.offset == 64)
    #expect(
      Self.read(
        Array(repeating: UInt8(ascii: "["), count: 64)
          + Array(repeating: UInt8(ascii: "]"), count: 64)) == nil)
    #expect(
      Self.read(
        Array(repeating: UInt8(ascii: "["), count: 65)
          + Array(repeating: UInt8(ascii: "]"), count: 65)) != nil)
  }

  @Test func decodesEscapesAndReplacesLoneSurrogates() throws {
    let cases: [(String, String)] = [
      ("\"a\\u0000b\"", "a\u{0}b"),
      ("\"\\ud800\"", "\u{FFFD}"),
      ("\"\\udc00x\"", "\u{FFFD}x"),
      ("\"\\ud800\\u0041\"", "\u{FFFD}A"),
      ("\"\\ud83d\\ude00\"", "😀"),
      ("\"\\u00e9\\n\\t\\/\"", "é\n\t/"),
    ]
    for (json, expected) in cases {
      let bytes = Array(json.utf8)
      let decoded = bytes.withUnsafeBufferPointer { buffer -> String? in
        var reader = JSONReader(bytes: buffer, maxDepth: 4)
        guard let token = try? reader.next() else { return nil }
        return JSONStringDecoder.decode(token, in: buffer)
      }
      #expect(decoded == expected, "\(json)")
    }
  }
}
