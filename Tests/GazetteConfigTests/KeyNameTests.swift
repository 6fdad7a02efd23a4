import Testing

@testable import GazetteConfig

/// `KeyName`: the key names a config file may write, and the messages for the ones it may not.
@Suite struct KeyNameTests {
  @Test(arguments: [
    ("j", KeyName.character("j")), ("J", .character("J")), ("/", .character("/")),
    ("大", .character("大")), ("C-n", .control("n")), ("c-N", .control("n")),
    ("Ctrl-x", .control("x")), ("Down", .down), ("down", .down), ("PageDown", .pageDown),
    ("PgDn", .pageDown), ("pgup", .pageUp), ("Enter", .enter), ("Return", .enter),
    ("Esc", .escape), ("Space", .character(" ")), ("F1", .function(1)), ("f12", .function(12)),
    ("S-Tab", .backTab), ("BackTab", .backTab), ("Del", .delete), ("Backspace", .backspace),
  ])
  func readsNames(text: String, key: KeyName) throws {
    #expect(try KeyName(parsing: text) == key)
  }

  @Test(arguments: ["j", "C-n", "Down", "PageDown", "Enter", "Space", "F1", "BackTab", "大"])
  func canonicalNamesReadBack(text: String) throws {
    let key = try KeyName(parsing: text)
    #expect(key.description == text)
    #expect(try KeyName(parsing: key.description) == key)
  }

  @Test func refusesWhatNoKeyCanSend() {
    #expect(throws: KeyNameError.empty) { try KeyName(parsing: "") }
    #expect(throws: KeyNameError.functionOutOfRange("F13")) { try KeyName(parsing: "F13") }
    #expect(throws: KeyNameError.controlNeedsLetter("C-1")) { try KeyName(parsing: "C-1") }
    #expect(throws: KeyNameError.controlIsAnotherKey("C-i", "Tab")) { try KeyName(parsing: "C-i") }
    #expect(throws: KeyNameError.controlIsAnotherKey("C-m", "Enter")) {
      try KeyName(parsing: "C-m")
    }
    #expect(throws: KeyNameError.unprintable("\u{1B}")) { try KeyName(parsing: "\u{1B}") }
    #expect(throws: KeyNameError.unprintable(" ")) { try KeyName(parsing: " ") }
  }

  @Test func suggestsTheClosestName() {
    #expect(throws: KeyNameError.unknown("PageDwn", suggestion: "PageDown")) {
      try KeyName(parsing: "PageDwn")
    }
    #expect(throws: KeyNameError.unknown("Entr", suggestion: "Enter")) {
      try KeyName(parsing: "Entr")
    }
    let error = KeyNameError.unknown("xyzzy", suggestion: nil)
    #expect(error.description.contains("C-letter, F1-F12"))
  }
}
