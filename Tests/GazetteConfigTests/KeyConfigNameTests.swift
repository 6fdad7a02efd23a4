import GazetteTerminal
import Testing

@testable import GazetteConfig

/// `Key`: the key names a config file may write, and the messages for the ones it may not.
@Suite struct KeyConfigNameTests {
  @Test(arguments: [
    ("j", Key.character("j")), ("J", .character("J")), ("/", .character("/")),
    ("大", .character("大")), ("C-n", .control("n")), ("c-N", .control("n")),
    ("Ctrl-x", .control("x")), ("Down", .down), ("down", .down), ("PageDown", .pageDown),
    ("PgDn", .pageDown), ("pgup", .pageUp), ("Enter", .enter), ("Return", .enter),
    ("Esc", .escape), ("Space", .character(" ")), ("F1", .function(1)), ("f12", .function(12)),
    ("S-Tab", .backTab), ("BackTab", .backTab), ("Del", .delete), ("Backspace", .backspace),
    // The names the help overlay shows read too, so a key can be copied from it.
    ("Ctrl-L", .control("l")), ("Shift-Tab", .backTab), ("PgDn", .pageDown), ("↑", .up),
    ("→", .right),
  ])
  func readsNames(text: String, key: Key) throws {
    #expect(try Key(configName: text) == key)
  }

  @Test(arguments: ["j", "C-n", "Down", "PageDown", "Enter", "Space", "F1", "BackTab", "大"])
  func canonicalNamesReadBack(text: String) throws {
    let key = try Key(configName: text)
    #expect(key.configName == text)
    #expect(try Key(configName: key.configName) == key)
  }

  @Test func refusesWhatNoKeyCanSend() {
    #expect(throws: KeyNameError.empty) { try Key(configName: "") }
    #expect(throws: KeyNameError.functionOutOfRange("F13")) { try Key(configName: "F13") }
    #expect(throws: KeyNameError.controlNeedsLetter("C-1")) { try Key(configName: "C-1") }
    #expect(throws: KeyNameError.controlIsAnotherKey("C-i", "Tab")) { try Key(configName: "C-i") }
    #expect(throws: KeyNameError.controlIsAnotherKey("C-m", "Enter")) {
      try Key(configName: "C-m")
    }
    #expect(throws: KeyNameError.unprintable("\u{1B}")) { try Key(configName: "\u{1B}") }
    #expect(throws: KeyNameError.unprintable(" ")) { try Key(configName: " ") }
  }

  @Test func suggestsTheClosestName() {
    #expect(throws: KeyNameError.unknown("PageDwn", suggestion: "PageDown")) {
      try Key(configName: "PageDwn")
    }
    #expect(throws: KeyNameError.unknown("Entr", suggestion: "Enter")) {
      try Key(configName: "Entr")
    }
    let error = KeyNameError.unknown("xyzzy", suggestion: nil)
    #expect(error.description.contains("C-letter, F1-F12"))
  }
}
