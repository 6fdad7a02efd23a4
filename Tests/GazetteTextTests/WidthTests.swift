import Testing

@testable import GazetteText

/// Display widths and cells of grapheme clusters under `WidthPolicy.terminal`.
@Suite struct WidthTests {
  @Test(arguments: [
    ("中", 2), ("ｶ", 1), ("ｶﾞ", 2), ("Ａ", 2), ("\u{3000}", 2), ("e\u{301}", 1),
    ("\u{1112}\u{1161}\u{11AB}", 2), ("한", 2), ("👍", 2), ("👍🏽", 4), ("❤️", 1), ("❤", 1),
    ("1️⃣", 1), ("🇯🇵", 2), ("🇯", 1), ("👨‍👩‍👧‍👦", 8), ("·", 1), ("—", 1), ("“", 1), ("…", 1),
    ("○", 1), ("①", 1), ("\u{AD}", 1), ("\u{200B}", 0), ("\u{FEFF}", 0), ("a", 1), ("", 0),
    ("\u{1F3FB}", 2), ("\u{1FAE8}", 2), ("\u{1B}", 1), ("\u{85}", 1), ("\n", 0), ("\r\n", 0),
  ])
  func width(of text: String, is expected: Int) {
    #expect(TextLayout.width(text) == expected)
    #expect(text.reduce(0) { $0 + WidthPolicy.terminal.width(of: $1) } == expected)
  }

  @Test func textWidthExpandsTabsToMultiplesOfEight() {
    #expect(TextLayout.width("a\tb") == 9)
    #expect(TextLayout.width("\t") == 8)
    #expect(TextLayout.width("1234567\t") == 8)
    #expect(TextLayout.width("12345678\t") == 16)
    #expect(TextLayout.width("中文\t字") == 10)
    #expect(WidthPolicy.terminal.width(of: Character("\t")) == 8)
  }

  @Test func substringsAndScalarsMeasureTheSame() {
    let text = "前言 abc 中文"
    #expect(TextLayout.width(text.dropFirst(3)) == TextLayout.width(String(text.dropFirst(3))))
    #expect(WidthPolicy.terminal.width(of: Unicode.Scalar(0x4E2D)!) == 2)
    #expect(WidthPolicy.terminal.width(of: Unicode.Scalar(0x301)!) == 0)
    #expect(WidthPolicy.terminal.width(of: Unicode.Scalar(0x1B)!) == 1)
  }

  /// The cells `forEachCell` reports for `text`: (cell text, column, width).
  static func cells(_ text: String, startColumn: Int = 0) -> [String] {
    var cells: [String] = []
    TextLayout.forEachCell(in: text, startColumn: startColumn) { character, column, width in
      cells.append("\(character)@\(column)/\(width)")
    }
    return cells
  }

  @Test func aClusterOfSeveralSpacingScalarsIsSeveralCells() {
    #expect(Self.cells("👍🏽!") == ["👍@0/2", "🏽@2/2", "!@4/1"])
    #expect(Self.cells("🇯🇵") == ["🇯@0/1", "🇵@1/1"])
    #expect(Self.cells("e\u{301}中") == ["e\u{301}@0/1", "中@1/2"])
    #expect(Self.cells("\u{1112}\u{1161}\u{11AB}") == ["\u{1112}\u{1161}\u{11AB}@0/2"])
    #expect(Self.cells("🏴\u{E0067}\u{E0062}\u{E007F}") == ["🏴\u{E0067}\u{E0062}\u{E007F}@0/2"])
  }

  @Test func tabsExpandFromTheStartColumn() {
    #expect(Self.cells("a\tb") == ["a@0/1"] + (1..<8).map { " @\($0)/1" } + ["b@8/1"])
    #expect(Self.cells("\tb", startColumn: 5) == [" @5/1", " @6/1", " @7/1", "b@8/1"])
  }

  @Test func controlsBecomeVisibleCellsAndZeroWidthClustersTakeNone() {
    #expect(Self.cells("\u{1B}[1m") == ["␛@0/1", "[@1/1", "1@2/1", "m@3/1"])
    #expect(Self.cells("a\u{9B}b") == ["a@0/1", "\u{FFFD}@1/1", "b@2/1"])
    #expect(Self.cells("\u{200B}x\u{202E}") == ["x@0/1"])
    #expect(Self.cells("\u{301}x") == ["x@0/1"])
    #expect(Self.cells("\u{1FAE8}") == ["\u{3013}@0/2"])
    #expect(Self.cells("a\nb") == ["a@0/1", "b@1/1"])
  }

  @Test func cellsCoverExactlyTheWidth() {
    var random = RandomText(seed: 7)
    for _ in 0..<200 {
      let text = TextLayout.sanitizeLine(random.paragraph(tokens: 12))
      var column = 0
      TextLayout.forEachCell(in: text) { _, start, width in
        #expect(start == column && (width == 1 || width == 2))
        column = start + width
      }
      #expect(column == TextLayout.width(text))
    }
  }
}
