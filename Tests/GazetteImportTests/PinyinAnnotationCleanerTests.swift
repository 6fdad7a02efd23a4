import GazetteImport
import Testing

@Suite struct PinyinAnnotationCleanerTests {
  let cleaner = PinyinAnnotationCleaner()

  @Test func annotationReadingTheCharacterBeforeItGoes() {
    let result = cleaner.clean("您現(xiàn)在所在的位置")
    #expect(result.text == "您現在所在的位置")
    #expect(result.removed == [PinyinAnnotation(characters: "現", annotation: "(xiàn)")])
  }

  @Test func everyConverterDamageOfTheSeedGoes() {
    let result = cleaner.clean("創(chuàng)建、戰(zhàn)略、發(fā)展、標(biāo)準(zhǔn)、鄉(xiāng)村")
    #expect(result.text == "創建、戰略、發展、標準、鄉村")
    #expect(result.removed.count == 6)
  }

  @Test func fullwidthParenthesesToneNumbersAndSeveralSyllables() {
    #expect(cleaner.clean("現（xiàn）在").text == "現在")
    #expect(cleaner.clean("現(xian4)在").text == "現在")
    #expect(cleaner.clean("現在(xiàn zài)開始").text == "現在開始")
    #expect(cleaner.clean("的(de)").text == "的")
  }

  @Test func realParenthesesAreKept() {
    for text in [
      "統計年鑒(2023)", "管理辦法(试行)", "文明委(擴大)會議", "北京(Beijing)", "山(xiàn)高",
      "現(xiàn", "(xiàn)開頭", "現 (xiàn)", "現(xiàn xiàn)", "現在(zài xiàn)", "價格(元)", "附件(PDF)",
      "ABC(xiàn)", "現()", "現(xiàn)(xiàn)",
    ] {
      let expected = text == "現(xiàn)(xiàn)" ? "現(xiàn)" : text
      #expect(cleaner.clean(text).text == expected, "\(text)")
    }
  }

  @Test func textWithoutParenthesesIsReturnedAsItIs() {
    let text = "今年是全面振興新突破三年行動的首戰之年"
    let result = cleaner.clean(text)
    #expect(result.text == text)
    #expect(result.removed.isEmpty)
  }

  @Test func readingsComeFromUnihan() {
    let readings = HanReadings.shared
    #expect(readings.reads("現", as: "xian4"))
    #expect(readings.reads("行", as: "hang2"))
    #expect(readings.reads("行", as: "xing2"))
    #expect(!(readings.reads("山", as: "xian4")))
    #expect(readings.isTraditionalOnly("現"))
    #expect(readings.isSimplifiedOnly("现"))
    #expect(readings.isCommon("的"))
  }
}
