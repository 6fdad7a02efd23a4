import Testing

@testable import GazetteCurses

struct TerminalLocaleTests {
  @Test(arguments: [("UTF-8", true), ("utf8", true), ("UTF8", true), ("utf-8", true)])
  func utf8SpellingsAreRecognised(codeset: String, expected: Bool) {
    #expect(TerminalLocale.isUTF8(codeset) == expected)
  }

  @Test(arguments: ["ANSI_X3.4-1968", "ISO-8859-1", "EUC-JP", "GB18030", "", "UTF-16"])
  func otherCodesetsAreNotUTF8(codeset: String) {
    #expect(!TerminalLocale.isUTF8(codeset))
  }
}
