import Testing

@testable import GazetteText

/// The generated property table: classes and properties of sample scalars.
@Suite struct PropertyTableTests {
  @Test func lineBreakClassRawValuesAreTheEnumTags() {
    #expect(LineBreakClass.allCases.count == Int(LineBreakClass.allCasesCount))
    for lineBreakClass in LineBreakClass.allCases {
      #expect(LineBreakClass.fromTable(lineBreakClass.rawValue) == lineBreakClass)
    }
    #expect(LineBreakClass.fromTable(63) == .alphabetic)
  }

  @Test(arguments: [
    ("中", LineBreakClass.ideographic), ("。", .closePunctuation), ("，", .closePunctuation),
    ("、", .closePunctuation), ("：", .nonStarter), ("ー", .nonStarter), ("ぁ", .nonStarter),
    ("ッ", .nonStarter), ("々", .nonStarter), ("ゝ", .nonStarter), ("“", .openingQuotation),
    ("”", .closingQuotation), ("\"", .quotation), ("「", .openPunctuation),
    ("(", .openPunctuation), (")", .closeParenthesis), ("가", .hangulLV), ("각", .hangulLVT),
    ("…", .inseparable), ("—", .breakBoth), ("―", .alphabetic), ("1", .numeric),
    ("$", .prefixNumeric), ("%", .postfixNumeric), ("a", .alphabetic), ("א", .hebrewLetter),
    (" ", .space), ("\t", .breakAfter), ("\n", .lineFeed), ("\u{200B}", .zeroWidthSpace),
    ("\u{200D}", .zeroWidthJoiner), ("\u{301}", .combiningMark), ("👍", .emojiBase),
    ("🏽", .emojiModifier), ("🇯", .regionalIndicator), ("ก", .alphabetic),
    ("\u{E31}", .combiningMark), ("\u{3000}", .breakAfter), ("\u{2060}", .wordJoiner),
  ])
  func lineBreakClass(of text: String, is expected: LineBreakClass) throws {
    let scalar = try #require(text.unicodeScalars.first)
    #expect(PropertyTable.shared.properties(of: scalar).lineBreakClass == expected)
  }

  @Test(arguments: [
    ("a", GraphemeBreakProperty.other), ("\u{301}", .extend), ("\u{1112}", .hangulL),
    ("\u{1161}", .hangulV), ("\u{11AB}", .hangulT), ("가", .hangulLV), ("각", .hangulLVT),
    ("🇯", .regionalIndicator), ("\r", .carriageReturn), ("\n", .lineFeed),
    ("\u{200D}", .zeroWidthJoiner), ("\u{600}", .prepend), ("\u{903}", .spacingMark),
    ("\u{7}", .control), ("\u{200B}", .control), ("🏽", .extend),
  ])
  func graphemeBreakProperty(of text: String, is expected: GraphemeBreakProperty) throws {
    let scalar = try #require(text.unicodeScalars.first)
    #expect(PropertyTable.shared.properties(of: scalar).graphemeBreak == expected)
  }

  @Test func flagsOfSampleScalars() {
    let table = PropertyTable.shared
    #expect(table.properties(of: 0x1F600).isPictographic)
    #expect(!table.properties(of: 0x41).isPictographic)
    #expect(table.properties(of: 0x1FC00).isUnassignedPictographic)
    #expect(table.properties(of: 0x1F3FD).isEmojiModifier)
    #expect(table.properties(of: 0x2014).isPairedDash && table.properties(of: 0x2015).isPairedDash)
    #expect(table.properties(of: 0x4E2D).isEastAsian && table.properties(of: 0xFF76).isEastAsian)
    #expect(!table.properties(of: 0x201C).isEastAsian)
    #expect(table.properties(of: 0x200B).sanitizeAction == .drop)
    #expect(table.properties(of: 0x202E).sanitizeAction == .bidiControl)
    #expect(table.properties(of: 0x2028).sanitizeAction == .lineSeparator)
    #expect(table.properties(of: 0xE0041).sanitizeAction == .keep)
    #expect(table.properties(of: 0x10FFFF).isPrintable == false)
  }
}
