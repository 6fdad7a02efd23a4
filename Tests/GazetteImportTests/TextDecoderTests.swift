import GazetteImport
import XCTest

final class TextDecoderTests: XCTestCase {
  let decoder = TextDecoder()

  func testEachLegacyEncodingIsDetectedWhenNothingIsDeclared() throws {
    let cases: [(String, TextEncoding, String)] = [
      ("encodings/notice-zh-hans.gb18030.txt", .gb18030, "关于做好2024年春节期间安全生产工作的通知"),
      ("encodings/notice-zh-hant.big5.txt", .big5, "臺北市政府辦理113年度房屋稅徵收作業公告"),
      ("encodings/notice-ja.shift_jis.txt", .shiftJIS, "粗大ごみの収集日が変わります"),
      ("encodings/notice-ja.euc-jp.txt", .eucJP, "粗大ごみの収集日が変わります"),
      ("encodings/notice-ko.euc-kr.txt", .eucKR, "제22대 국회의원선거 투표소 안내"),
    ]
    for (name, encoding, title) in cases {
      let decoded = try decoder.decode(Fixture.bytes(name))
      XCTAssertEqual(decoded.encoding, encoding, name)
      XCTAssertEqual(decoded.evidence, .detected, name)
      XCTAssertTrue(decoded.text.contains(title), name)
    }
  }

  func testDeclarationsWin() throws {
    let html = Fixture.bytes("html/gov-meta.gb2312.html")
    let decoded = try decoder.decode(html)
    XCTAssertEqual(decoded.encoding, .gb18030)
    XCTAssertEqual(decoded.evidence, .declaration)
    XCTAssertEqual(try decoder.decode(html, headerCharset: "GBK").evidence, .httpHeader)
    XCTAssertEqual(try decoder.decode([0xEF, 0xBB, 0xBF, 0x41]).text, "A")
    XCTAssertEqual(try decoder.decode([0xEF, 0xBB, 0xBF, 0x41]).evidence, .byteOrderMark)
    XCTAssertEqual(try decoder.decode([0xFF, 0xFE, 0x41, 0x00]).text, "A")
    XCTAssertEqual(
      try decoder.decode(Array("<?xml version=\"1.0\" encoding=\"Big5\"?><a/>".utf8)).encoding,
      .big5)
  }

  func testAPageResavedAsUTF8KeepsItsOldDeclarationAndIsReadAsUTF8() throws {
    let decoded = try decoder.decode(Array("<meta charset=\"gb2312\"><p>盘锦</p>".utf8))
    XCTAssertEqual(decoded.encoding, .utf8)
    XCTAssertEqual(decoded.evidence, .validUTF8DespiteDeclaration)
    XCTAssertTrue(decoded.text.contains("盘锦"))
  }

  func testInvalidBytesAreAnErrorNeverAReplacement() {
    // Declared UTF-8 with a stray byte.
    XCTAssertThrowsError(try decoder.decode(Array("<meta charset=utf-8>abc".utf8) + [0xFF])) {
      XCTAssertEqual($0 as? DecodingFailure, .invalid(.utf8, evidence: .declaration, offset: 23))
    }
    // Declared Shift_JIS, truncated in the middle of a character.
    XCTAssertThrowsError(try decoder.decode(Array("<meta charset=shift_jis>".utf8) + [0x82])) {
      guard case .invalid(.shiftJIS, .declaration, _) = $0 as? DecodingFailure else {
        return XCTFail("\($0)")
      }
    }
    XCTAssertThrowsError(try decoder.decode([0x41, 0x00, 0x42])) {
      XCTAssertEqual($0 as? DecodingFailure, .binary)
    }
    XCTAssertThrowsError(try decoder.decode(Array("<meta charset=koi8-r>".utf8))) {
      XCTAssertEqual($0 as? DecodingFailure, .unsupported("koi8-r"))
    }
    XCTAssertThrowsError(try decoder.decode(Array("abc".utf8) + [0xFF, 0xFF, 0xFF])) {
      XCTAssertEqual($0 as? DecodingFailure, .undecodable)
    }
  }

  func testTooLittleTextToTellIsAmbiguousNotAGuess() {
    // Two bytes that GB18030, Big5 and EUC-KR all read as some character.
    XCTAssertThrowsError(try decoder.decode([0xB0, 0xA1])) { error in
      guard case .ambiguous(let encodings) = error as? DecodingFailure else {
        return XCTFail("\(error)")
      }
      XCTAssertGreaterThanOrEqual(encodings.count, 2)
    }
  }

  func testForcedEncodingAndLabels() throws {
    let bytes = Fixture.bytes("encodings/notice-zh-hant.big5.txt")
    XCTAssertEqual(try decoder.decode(bytes, forced: .big5).evidence, .option)
    XCTAssertEqual(TextEncoding(label: "GBK"), .gb18030)
    XCTAssertEqual(TextEncoding(label: "x-sjis"), .shiftJIS)
    XCTAssertEqual(TextEncoding(label: "ks_c_5601-1987"), .eucKR)
    XCTAssertNil(TextEncoding(label: "ebcdic"))
  }
}
