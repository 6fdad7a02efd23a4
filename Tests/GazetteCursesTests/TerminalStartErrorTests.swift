import Testing

@testable import GazetteCurses

struct TerminalStartErrorTests {
  @Test func everyStartErrorPointsSomewhere() {
    let errors: [TerminalStartError] = [
      .outputNotATerminal, .terminalTypeUnset, .unknownTerminal("vt999"),
      .noTerminfoDatabase("xterm"), .cannotAddressCursor("dumb"), .cannotStart("xterm"),
    ]
    for error in errors {
      #expect(error.description.contains("gazette list"), "\(error)")
    }
    #expect(TerminalStartError.unknownTerminal("vt999").description.contains("'vt999'"))
    #expect(TerminalStartError.noUTF8Locale(codeset: "EUC-JP").description.contains("EUC-JP"))
  }
}
