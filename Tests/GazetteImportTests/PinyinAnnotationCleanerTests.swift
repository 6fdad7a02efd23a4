import GazetteImport
import XCTest

final class PinyinAnnotationCleanerTests: XCTestCase {
  let cleaner = PinyinAnnotationCleaner()

  func testAnnotationReadingTheCharacterBeforeItGoes() {
    let result = cleaner.clean("您現(xiàn)在所在的位置")
    XCTAssertEqual(result.text, "您現在所在的位置")
    XCTAssertEqual(result.removed, [PinyinAnnotation(characters: "現", annotation: "(xiàn)")])
  }

  func testEveryConverterDamageOfTheSeedGoes() {
    let result = cleaner.clean("創(chuàng)建、戰(zhàn)略、發(fā)展、標(biāo)準(zhǔn)、鄉(xiāng)村")
    XCTAssertEqual(result.text, "創建、戰略、發展、標準、鄉村")
    XCTAssertEqual(result.removed.count, 6)
  }

  func testFullwidthParenthesesToneNumbersAndSeveralSyllables() {
    XCTAssertEqual(cleaner.clean("現（xiàn）在").text, "現在")
    XCTAssertEqual(cleaner.clean("現(xian4)在").text, "現在")
    XCTAssertEqual(cleaner.clean("現在(xiàn zài)開始").text, "現在開始")
    XCTAssertEqual(cleaner.clean("的(de)").text, "的")
  }

  func testRealParenthesesAreKept() {
    for text in [
      "統計年鑒(2023)", "管理辦法(试行)", "文明委(擴大)會議", "北京(Beijing)", "山(xiàn)高",
      "現(xiàn", "(xiàn)開頭", "現 (xiàn)", "現(xiàn xiàn)", "現在(zài xiàn)", "價格(元)", "附件(PDF)",
      "ABC(xiàn)", "現()", "現(xiàn)(xiàn)",
    ] {
      let expected = text == "現(xiàn)(xiàn)" ? "現(xiàn)" : text
      XCTAssertEqual(cleaner.clean(text).text, expected, text)
    }
  }

  func testTextWithoutParenthesesIsReturnedAsItIs() {
    let text = "今年是全面振興新突破三年行動的首戰之年"
    let result = cleaner.clean(text)
    XCTAssertEqual(result.text, text)
    XCTAssertTrue(result.removed.isEmpty)
  }

  func testReadingsComeFromUnihan() {
    let readings = HanReadings.shared
    XCTAssertTrue(readings.reads("現", as: "xian4"))
    XCTAssertTrue(readings.reads("行", as: "hang2"))
    XCTAssertTrue(readings.reads("行", as: "xing2"))
    XCTAssertFalse(readings.reads("山", as: "xian4"))
    XCTAssertTrue(readings.isTraditionalOnly("現"))
    XCTAssertTrue(readings.isSimplifiedOnly("现"))
    XCTAssertTrue(readings.isCommon("的"))
  }
}
