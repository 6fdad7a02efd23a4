import Testing

@testable import GazetteConfig

/// `TOMLSourceMap`: the line and column of every key and value, which TOMLKit does not give.
@Suite struct TOMLSourceMapTests {
  private func path(_ keys: String...) -> ConfigPath { ConfigPath(keys: keys) }

  @Test func findsKeysOfTablesDottedKeysAndArrayElements() {
    let text = """
      # a comment with key = "value" in it
      data = "~/notices"   # trailing comment
      [keys.list]
        down = ["Down", 'j',
                "C-n"]
      "quoted key" = 1
      a . b = true

      [ layout ]
      list_width = "40%"
      """
    let map = TOMLSourceMap(scanning: text)
    #expect(map.keyPosition(path("data")) == SourcePosition(line: 2, column: 1))
    #expect(map.valuePosition(path("data")) == SourcePosition(line: 2, column: 8))
    #expect(map.keyPosition(path("keys")) == SourcePosition(line: 3, column: 2))
    #expect(map.keyPosition(path("keys", "list")) == SourcePosition(line: 3, column: 7))
    #expect(map.keyPosition(path("keys", "list", "down")) == SourcePosition(line: 4, column: 3))
    let down = path("keys", "list", "down")
    #expect(map.valuePosition(down.appending(index: 0)) == SourcePosition(line: 4, column: 11))
    #expect(map.valuePosition(down.appending(index: 1)) == SourcePosition(line: 4, column: 19))
    #expect(map.valuePosition(down.appending(index: 2)) == SourcePosition(line: 5, column: 11))
    #expect(
      map.keyPosition(path("keys", "list", "quoted key")) == SourcePosition(line: 6, column: 1))
    #expect(map.keyPosition(path("keys", "list", "a", "b")) == SourcePosition(line: 7, column: 5))
    #expect(map.keyPosition(path("layout", "list_width")) == SourcePosition(line: 10, column: 1))
    #expect(map.keyPosition(path("comment")) == nil)
  }

  @Test func skipsMultilineStringsAndFindsInlineTableKeys() {
    let text = """
      note = \"\"\"
      fake = 1
      [fake]
      \"\"\"
      literal = '''
      x = 2'''
      [colors]
      selection = { foreground = "blue", bold = true }
      """
    let map = TOMLSourceMap(scanning: text)
    #expect(map.keyPositions[path("fake")] == nil)
    #expect(map.keyPositions[path("x")] == nil)
    #expect(map.keyPosition(path("literal")) == SourcePosition(line: 5, column: 1))
    #expect(
      map.keyPosition(path("colors", "selection", "bold")) == SourcePosition(line: 8, column: 36))
    #expect(
      map.valuePosition(path("colors", "selection", "foreground"))
        == SourcePosition(line: 8, column: 28))
  }

  @Test func countsArraysOfTablesAndWideCharactersAsOneColumn() {
    let text = """
      [[item]]
      name = "一"
      [[item]]
      "名前" = "二"  ; x = 1
      """
    let map = TOMLSourceMap(scanning: text)
    #expect(
      map.keyPosition(path("item").appending(index: 0).appending("name"))
        == SourcePosition(line: 2, column: 1))
    #expect(
      map.valuePosition(path("item").appending(index: 1).appending("名前"))
        == SourcePosition(line: 4, column: 8))
  }

  @Test(arguments: ["[", "a = [1, 2", "x = \"unterminated", "= = =", "[[a.", "a = {b = ", "\u{0}"])
  func endsOnTextThatIsNotTOML(text: String) {
    _ = TOMLSourceMap(scanning: text)
  }
}
