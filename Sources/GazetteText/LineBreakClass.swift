/// A UAX #14 line-break class after LB1 (AI, SG, XX → AL; SA → CM or AL; CJ → NS).
///
/// Quotation marks (QU) are split by general category so the CJK tailoring can tell opening
/// (`Pi`) from closing (`Pf`) quotes; the default algorithm treats all three as QU. The raw
/// values are the numbering `Scripts/generate-unicode-tables.py` writes into the table.
enum LineBreakClass: UInt8, CaseIterable, Sendable {
  case alphabetic = 0
  case breakAfter, breakBoth, breakBefore, mandatoryBreak, contingentBreak
  case closePunctuation, combiningMark, closeParenthesis, carriageReturn, emojiBase
  case emojiModifier, exclamation, glue, hangulLV, hangulLVT, hebrewLetter, hyphen
  case ideographic, inseparable, infixSeparator, hangulL, hangulT, hangulV, lineFeed
  case nextLine, nonStarter, numeric, openPunctuation, postfixNumeric, prefixNumeric
  case quotation, openingQuotation, closingQuotation, regionalIndicator, space, symbol
  case wordJoiner, zeroWidthSpace, zeroWidthJoiner

  /// The class with raw value `rawValue` from the generated table (alphabetic if out of range).
  ///
  /// The raw values are the declaration order, which is also the in-memory tag of the enum,
  /// so the conversion is a range check instead of the synthesised 40-way switch (a test
  /// checks the correspondence for every case).
  @inline(__always)
  static func fromTable(_ rawValue: UInt8) -> LineBreakClass {
    rawValue < allCasesCount ? unsafeBitCast(rawValue, to: LineBreakClass.self) : .alphabetic
  }

  /// Number of classes.
  @inline(__always) static var allCasesCount: UInt8 { 40 }

  /// Whether the class is one of the three quotation classes (QU in UAX #14).
  @inline(__always) var isQuotation: Bool {
    self == .quotation || self == .openingQuotation || self == .closingQuotation
  }

  /// Bit of this class in a `LineBreakClass` set mask.
  @inline(__always) var bit: UInt64 { 1 &<< UInt64(rawValue) }

  /// Whether the class is in the set described by `mask` (an OR of `bit`s).
  @inline(__always) func isIn(_ mask: UInt64) -> Bool { bit & mask != 0 }
}
