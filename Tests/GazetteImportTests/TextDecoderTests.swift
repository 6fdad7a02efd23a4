import GazetteImport
import Testing

@Suite struct TextDecoderTests {
  let decoder = TextDecoder()

  @Test func eachLegacyEncodingIsDetectedWhenNothingIsDeclared() throws {
    let cases: [(String, TextEncoding, String)] = [
      ("encodings/notice-zh-hans.gb18030.txt", .gb18030, "关于做好2024年春节期间安全生产工作的通知"),
      ("encodings/notice-zh-hant.big5.txt", .big5, "臺北市政府辦理113年度房屋稅徵收作業公告"),
      ("encodings/notice-ja.shift_jis.txt", .shiftJIS, "粗大ごみの収集日が変わります"),
      ("encodings/notice-ja.euc-jp.txt", .eucJP, "粗大ごみの収集日が変わります"),
      ("encodings/notice-ko.euc-kr.txt", .eucKR, "제22대 국회의원선거 투표소 안내"),
    ]
    for (name, encoding, title) in cases {
      let decoded = try decoder.decode(Fixture.bytes(name))
      #expect(decoded.encoding == encoding, "\(name)")
      #expect(decoded.evidence == .detected, "\(name)")
      #expect(decoded.text.contains(title), "\(name)")
    }
  }

  @Test func declarationsWin() throws {
    let html = Fixture.bytes("html/gov-meta.gb2312.html")
    let decoded = try decoder.decode(html)
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.evidence == .declaration)
    #expect(try decoder.decode(html, headerCharset: "GBK").evidence == .httpHeader)
    #expect(try decoder.decode([0xEF, 0xBB, 0xBF, 0x41]).text == "A")
    #expect(try decoder.decode([0xEF, 0xBB, 0xBF, 0x41]).evidence == .byteOrderMark)
    #expect(try decoder.decode([0xFF, 0xFE, 0x41, 0x00]).text == "A")
    #expect(
      try decoder.decode(Array("<?xml version=\"1.0\" encoding=\"Big5\"?><a/>".utf8)).encoding
        == .big5)
  }

  @Test func aPageResavedAsUTF8KeepsItsOldDeclarationAndIsReadAsUTF8() throws {
    let decoded = try decoder.decode(Array("<meta charset=\"gb2312\"><p>盘锦</p>".utf8))
    #expect(decoded.encoding == .utf8)
    #expect(decoded.evidence == .validUTF8DespiteDeclaration)
    #expect(decoded.text.contains("盘锦"))
  }

  @Test func invalidBytesAreAnErrorNeverAReplacement() {
    // Declared UTF-8 with a stray byte.
    #expect(throws: DecodingFailure.invalid(.utf8, evidence: .declaration, offset: 23)) {
      try decoder.decode(Array("<meta charset=utf-8>abc".utf8) + [0xFF])
    }
    // Declared Shift_JIS, truncated in the middle of a character.
    #expect(throws: DecodingFailure.invalid(.shiftJIS, evidence: .declaration, offset: 24)) {
      try decoder.decode(Array("<meta charset=shift_jis>".utf8) + [0x82])
    }
    #expect(throws: DecodingFailure.binary) { try decoder.decode([0x41, 0x00, 0x42]) }
    #expect(throws: DecodingFailure.unsupported("koi8-r")) {
      try decoder.decode(Array("<meta charset=koi8-r>".utf8))
    }
    #expect(throws: DecodingFailure.undecodable) {
      try decoder.decode(Array("abc".utf8) + [0xFF, 0xFF, 0xFF])
    }
  }

  @Test func tooLittleTextToTellIsAmbiguousNotAGuess() {
    // Two bytes that GB18030, Big5 and EUC-KR all read as some character.
    do {
      _ = try decoder.decode([0xB0, 0xA1])
      Issue.record("two bytes were decoded without a doubt")
    } catch {
      guard case .ambiguous(let encodings) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(encodings.count >= 2)
    }
  }

  @Test func forcedEncodingAndLabels() throws {
    let bytes = Fixture.bytes("encodings/notice-zh-hant.big5.txt")
    #expect(try decoder.decode(bytes, forced: .big5).evidence == .option)
    #expect(TextEncoding(label: "GBK") == .gb18030)
    #expect(TextEncoding(label: "x-sjis") == .shiftJIS)
    #expect(TextEncoding(label: "ks_c_5601-1987") == .eucKR)
    #expect(TextEncoding(label: "ebcdic") == nil)
  }
}
