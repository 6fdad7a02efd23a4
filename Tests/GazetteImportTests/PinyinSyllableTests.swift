import GazetteImport
import XCTest

final class PinyinSyllableTests: XCTestCase {
  func testToneMarksAndNumbersGiveOneForm() {
    XCTAssertEqual(PinyinSyllable.canonical("xiàn"), "xian4")
    XCTAssertEqual(PinyinSyllable.canonical("xian4"), "xian4")
    XCTAssertEqual(PinyinSyllable.canonical("XIÀN"), "xian4")
    XCTAssertEqual(PinyinSyllable.canonical("lǜ"), "lv4")
    XCTAssertEqual(PinyinSyllable.canonical("de"), "de5")
    XCTAssertEqual(PinyinSyllable.canonical("xi\u{0300}an"), "xian4")
  }

  func testWhatIsNotASyllable() {
    XCTAssertNil(PinyinSyllable.canonical("2023"))
    XCTAssertNil(PinyinSyllable.canonical("试行"))
    XCTAssertNil(PinyinSyllable.canonical("xiànà"))
    XCTAssertNil(PinyinSyllable.canonical("4xian"))
    XCTAssertNil(PinyinSyllable.canonical("xian44"))
    XCTAssertNil(PinyinSyllable.canonical("bcdfgh"))
    XCTAssertNil(PinyinSyllable.canonical("supercalifragilistic"))
    XCTAssertNil(PinyinSyllable.canonical(""))
    XCTAssertNil(PinyinSyllable.canonical("Li"))
    XCTAssertEqual(PinyinSyllable.canonical("Lǐ"), "li3")
  }
}
