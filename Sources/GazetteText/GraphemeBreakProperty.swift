/// The UAX #29 Grapheme_Cluster_Break property of a scalar.
///
/// The raw values are the numbering `Scripts/generate-unicode-tables.py` writes into the table.
enum GraphemeBreakProperty: UInt8, CaseIterable, Sendable {
  case other = 0
  case carriageReturn, lineFeed, control, extend, zeroWidthJoiner
  case regionalIndicator, prepend, spacingMark, hangulL, hangulV, hangulT, hangulLV, hangulLVT

  /// For each property of a first scalar, the set of properties a following scalar might join
  /// it in one cluster with (bit = raw value).
  ///
  /// A superset of UAX #29 (Unicode 15.0 and the later rules Swift's `Character` follows, such
  /// as GB9c): a pair outside it is certainly a cluster boundary, a pair inside it is left to
  /// Swift. Extend, ZWJ, Prepend and SpacingMark start contexts (emoji ZWJ sequences, Indic
  /// conjuncts) that a pair cannot judge, so they may join anything.
  static let mayJoinMasks: [UInt16] = {
    func mask(_ properties: GraphemeBreakProperty...) -> UInt16 {
      properties.reduce(0) { $0 | 1 &<< UInt16($1.rawValue) }
    }
    let marks = mask(.extend, .zeroWidthJoiner, .spacingMark)
    let everything = UInt16.max
    return allCases.map { first in
      switch first {
      case .other: return marks
      case .carriageReturn: return mask(.lineFeed)
      case .lineFeed, .control: return 0
      case .extend, .zeroWidthJoiner, .prepend, .spacingMark: return everything
      case .regionalIndicator: return marks | mask(.regionalIndicator)
      case .hangulL: return marks | mask(.hangulL, .hangulV, .hangulLV, .hangulLVT)
      case .hangulV, .hangulLV: return marks | mask(.hangulV, .hangulT)
      case .hangulT, .hangulLVT: return marks | mask(.hangulT)
      }
    }
  }()
}
