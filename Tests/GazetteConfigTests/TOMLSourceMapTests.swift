import GazetteTestSupport
import TOMLKit
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

/// Every key TOMLKit reads has a position, and the text at that position is the key.
@Suite struct TOMLSourceMapAgreementTests {
  static let documents = [
    DefaultConfigFile.text(catalog: SampleCatalog.catalog),
    """
    title = "x" # comment with [brackets] and = signs
    'literal key' = 'value'
    "quoted \\" key" = 1
    multi = \"\"\"
    [not.a.table]
    not_a_key = 1
    \"\"\"
    [server.alpha]
    ip = "10.0.0.1"
    ports = [ 8000, 8001,
      8002 ]  # trailing
    nested = { a = { b = 1 }, c = [1, { d = 2 }] }
    [[products]]
    name = "Hammer"
    [[products]]
    name = "Nail"
    sku.code = 284758393
      [ server . beta ]
      ip = "10.0.0.2"
    """,
  ]

  /// Every key path of `table`, tables and arrays descended.
  static func paths(of value: TOMLValueConvertible, at path: ConfigPath) -> [(ConfigPath, String)] {
    var result: [(ConfigPath, String)] = []
    if let table = value.table {
      for (key, child) in table {
        let childPath = path.appending(key)
        result.append((childPath, key))
        result += paths(of: child, at: childPath)
      }
    } else if let array = value.array {
      for (index, child) in array.enumerated() {
        result += paths(of: child, at: path.appending(index: index))
      }
    }
    return result
  }

  @Test(arguments: documents)
  func everyKeyIsFoundWhereItIsWritten(document: String) throws {
    let table = try TOMLTable(string: document)
    let map = TOMLSourceMap(scanning: document)
    let lines = document.split(separator: "\n", omittingEmptySubsequences: false)
    let found = Self.paths(of: table, at: ConfigPath())
    #expect(found.count > 10)
    for (path, key) in found {
      let position = try #require(map.keyPositions[path], "\(path)")
      let line = Array(lines[position.line - 1].unicodeScalars)
      let rest = String(String.UnicodeScalarView(line[(position.column - 1)...]))
      let bare = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
      #expect(rest.hasPrefix(bare ? key : "\"") || rest.hasPrefix("'"), "\(path): \(rest)")
    }
  }
}
