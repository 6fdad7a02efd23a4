import GazetteImport
import Testing

@Suite struct PinyinSyllableTests {
  @Test func toneMarksAndNumbersGiveOneForm() {
    #expect(PinyinSyllable.canonical("xiàn") == "xian4")
    #expect(PinyinSyllable.canonical("xian4") == "xian4")
    #expect(PinyinSyllable.canonical("XIÀN") == "xian4")
    #expect(PinyinSyllable.canonical("lǜ") == "lv4")
    #expect(PinyinSyllable.canonical("de") == "de5")
    #expect(PinyinSyllable.canonical("xi\u{0300}an") == "xian4")
  }

  @Test func whatIsNotASyllable() {
    #expect(PinyinSyllable.canonical("2023") == nil)
    #expect(PinyinSyllable.canonical("试行") == nil)
    #expect(PinyinSyllable.canonical("xiànà") == nil)
    #expect(PinyinSyllable.canonical("4xian") == nil)
    #expect(PinyinSyllable.canonical("xian44") == nil)
    #expect(PinyinSyllable.canonical("bcdfgh") == nil)
    #expect(PinyinSyllable.canonical("supercalifragilistic") == nil)
    #expect(PinyinSyllable.canonical("") == nil)
    #expect(PinyinSyllable.canonical("Li") == nil)
    #expect(PinyinSyllable.canonical("Lǐ") == "li3")
  }
}
