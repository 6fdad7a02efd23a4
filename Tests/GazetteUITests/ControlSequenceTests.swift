import Testing

@testable import GazetteTerminal

/// `ControlSequence`: OSC 52 and OSC 8 built only from base64 and printable ASCII.
@Suite struct ControlSequenceTests {
  private func text(_ sequence: ControlSequence) -> String {
    String(decoding: sequence.bytes, as: UTF8.self)
  }

  @Test func clipboardIsBase64InsideOSC52() {
    #expect(text(.clipboard("https://a.gov/x")) == "\u{1B}]52;c;aHR0cHM6Ly9hLmdvdi94\u{07}")
    #expect(text(.clipboard("")) == "\u{1B}]52;c;\u{07}")
    #expect(text(.clipboard("ab")) == "\u{1B}]52;c;YWI=\u{07}")
    // A hostile payload cannot end the sequence: only the last byte is BEL, one ESC at the start.
    let hostile = ControlSequence.clipboard("\u{07}\u{1B}]0;x\u{07}\u{1B}\\")
    #expect(hostile.bytes.filter { $0 == 0x07 }.count == 1)
    #expect(hostile.bytes.filter { $0 == 0x1B }.count == 1)
  }

  @Test func base64MatchesRFC4648() {
    let cases = [
      "": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
      "foobar": "Zm9vYmFy",
    ]
    for (plain, encoded) in cases {
      #expect(String(decoding: Base64.encode(Array(plain.utf8)), as: UTF8.self) == encoded)
    }
  }

  @Test func hyperlinkRewritesTheCellsInsideOSC8() throws {
    let sequence = try #require(
      ControlSequence.hyperlink(
        url: "https://a.gov/x", text: "https://a.gov/x",
        style: Style(foreground: .cyan, underline: true),
        x: 4, y: 2, id: "gazette-1"))
    #expect(
      text(sequence)
        == "\u{1B}7\u{1B}[3;5H\u{1B}[0;4;36m\u{1B}]8;id=gazette-1;https://a.gov/x\u{1B}\\https://a.gov/x"
        + "\u{1B}]8;;\u{1B}\\\u{1B}8")
  }

  @Test func hyperlinkRefusesAnythingButPrintableASCII() {
    let style = Style()
    let refused = [
      ("https://a.gov/\u{1B}", "x"), ("https://a.gov/\u{07}", "x"), ("https://a.gov/ x", "x"),
      ("https://a.gov/お", "x"), ("https://a.gov/", "\u{1B}[2J"), ("https://a.gov/", "お知らせ"),
      ("", "x"), ("https://a.gov/", ""),
    ]
    for (url, text) in refused {
      #expect(
        ControlSequence.hyperlink(url: url, text: text, style: style, x: 0, y: 0, id: "a") == nil)
    }
  }
}
