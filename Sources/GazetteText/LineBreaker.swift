/// The Unicode line breaking algorithm (UAX #14, Unicode 15.0, rules LB2–LB31) as a state
/// machine fed one scalar at a time, with an optional CJK "strict" tailoring.
///
/// Numbers follow the regular-expression tailoring of LB25 (UAX #14 section 8.2, example 7),
/// which is what `LineBreakTest.txt` tests. `advance` answers whether a break is allowed before
/// the scalar it is given; the one rule that needs to see further ahead, "(PR | PO) × OP NU",
/// answers `.prohibitedBeforeNumber` and leaves it to the caller to look at the next class.
///
/// The CJK tailoring (`cjkStrict`), on top of the default rules:
/// - closing punctuation, non-starters (small kana, ー, iteration marks, `：；`), closing quotes
///   and `…` never start a line, even after a space;
/// - opening brackets and opening quotes never end a line, even before a space;
/// - quotation marks follow the Unicode 15.1 rules LB19/LB19a: between East Asian characters
///   a break is allowed before an opening quote and after a closing one;
/// - dashes U+2014, U+2015, U+2E3A, U+2E3B are never separated from each other (—— and ――).
struct LineBreaker {
  /// Whether a break may happen before a scalar.
  enum Opportunity: Hashable, Sendable {
    /// No break here.
    case prohibited
    /// A break is allowed here.
    case allowed
    /// A break must happen here (after a hard line break).
    case mandatory
    /// Between PR/PO and an opening bracket: prohibited when a number follows the bracket.
    case prohibitedBeforeNumber
  }

  private enum NumberState: Int, CaseIterable {
    case none = 0
    /// Inside `NU (NU | SY | IS)*`.
    case digits
    /// After `NU (NU | SY | IS)* (CL | CP)`.
    case closed

    /// The state after a unit of class `unit`.
    @inline(__always)
    func after(_ unit: LineBreakClass) -> NumberState {
      switch self {
      case .none, .closed:
        return unit == .numeric ? .digits : .none
      case .digits:
        switch unit {
        case .numeric, .symbol, .infixSeparator: return .digits
        case .closePunctuation, .closeParenthesis: return .closed
        default: return .none
        }
      }
    }
  }

  /// Whether the CJK strict tailoring is on.
  let cjkStrict: Bool

  private var atStart = true
  /// Class of the unit just before the scalar (after LB9/LB10); may be `.space`.
  private var last: LineBreakClass = .alphabetic
  /// Class of the unit before `last`, and whether there is one.
  private var secondLast: LineBreakClass = .alphabetic
  private var hasSecondLast = false
  /// Class of the last unit that is not a space (the X of "X SP*" rules).
  private var beforeSpaces: LineBreakClass = .alphabetic
  private var lastEastAsian = false
  private var secondLastEastAsian = false
  private var lastIsJoiner = false
  private var lastIsPairedDash = false
  private var lastIsUnassignedPictographic = false
  private var regionalIndicatorCount = 0
  private var numberState = NumberState.none
  /// The verdict table that decides the next scalar and its row, or -1 when the rules decide
  /// (see `updateSimplicity`).
  private var fastTable: UnsafePointer<PairVerdict>
  private var fastRow = -1
  /// The verdict tables of this breaker's rules: by (number state, last, current) and, after
  /// spaces, by (class before the spaces, current).
  private let pairVerdicts: UnsafePointer<PairVerdict>
  private let spaceVerdicts: UnsafePointer<PairVerdict>

  /// Creates a breaker at the start of a text.
  init(cjkStrict: Bool) {
    self.init(cjkStrict: cjkStrict, verdictTables: true)
  }

  /// Creates a breaker that, without `verdictTables`, runs every rule for every scalar (tests
  /// compare the two).
  init(cjkStrict: Bool, verdictTables: Bool) {
    let tables =
      !verdictTables ? Self.noVerdicts : cjkStrict ? Self.strictVerdicts : Self.defaultVerdicts
    self.init(
      cjkStrict: cjkStrict, pairVerdicts: tables.verdicts, spaceVerdicts: tables.afterSpace)
  }

  private init(
    cjkStrict: Bool, pairVerdicts: UnsafePointer<PairVerdict>,
    spaceVerdicts: UnsafePointer<PairVerdict>
  ) {
    self.cjkStrict = cjkStrict
    self.pairVerdicts = pairVerdicts
    self.spaceVerdicts = spaceVerdicts
    fastTable = pairVerdicts
  }

  // Class sets as bit masks (computed properties, so they fold into constants).
  /// Hard line breaks (LB4, LB5).
  static var hardBreaks: UInt64 {
    LineBreakClass.mandatoryBreak.bit | LineBreakClass.carriageReturn.bit
      | LineBreakClass.lineFeed.bit | LineBreakClass.nextLine.bit
  }
  private static var notCombiningBase: UInt64 {
    LineBreakClass.mandatoryBreak.bit | LineBreakClass.carriageReturn.bit
      | LineBreakClass.lineFeed.bit | LineBreakClass.nextLine.bit | LineBreakClass.space.bit
      | LineBreakClass.zeroWidthSpace.bit
  }
  /// Classes nothing may break before (LB13).
  static var neverBefore: UInt64 {
    LineBreakClass.closePunctuation.bit | LineBreakClass.closeParenthesis.bit
      | LineBreakClass.exclamation.bit | LineBreakClass.infixSeparator.bit
      | LineBreakClass.symbol.bit
  }
  private static var alphabetics: UInt64 {
    LineBreakClass.alphabetic.bit | LineBreakClass.hebrewLetter.bit
  }
  private static var ideographicEmoji: UInt64 {
    LineBreakClass.ideographic.bit | LineBreakClass.emojiBase.bit | LineBreakClass.emojiModifier.bit
  }
  private static var affixes: UInt64 {
    LineBreakClass.prefixNumeric.bit | LineBreakClass.postfixNumeric.bit
  }
  private static var hangul: UInt64 {
    LineBreakClass.hangulL.bit | LineBreakClass.hangulV.bit | LineBreakClass.hangulT.bit
      | LineBreakClass.hangulLV.bit | LineBreakClass.hangulLVT.bit
  }
  private static var numberContinuation: UInt64 {
    LineBreakClass.numeric.bit | LineBreakClass.symbol.bit | LineBreakClass.infixSeparator.bit
      | LineBreakClass.closePunctuation.bit | LineBreakClass.closeParenthesis.bit
  }
  /// Classes the strict tailoring keeps off the start of a line even after a space.
  static var strictNeverStart: UInt64 {
    LineBreakClass.nonStarter.bit | LineBreakClass.closingQuotation.bit
      | LineBreakClass.inseparable.bit
  }
  /// Classes the strict tailoring keeps off the end of a line even before a space.
  static var strictNeverEnd: UInt64 {
    LineBreakClass.openPunctuation.bit | LineBreakClass.openingQuotation.bit
  }

  /// Feeds the next scalar (with its properties and line-break class) and returns whether a
  /// break is allowed before it.
  @inline(__always)
  mutating func advance(
    _ lineBreakClass: LineBreakClass, _ properties: ScalarProperties
  ) -> Opportunity {
    if fastRow >= 0 && !properties.isPairedDash {
      let verdict = fastTable[fastRow | Int(lineBreakClass.rawValue)]
      if verdict != .needsRules {
        secondLast = last
        secondLastEastAsian = lastEastAsian
        hasSecondLast = true
        last = lineBreakClass
        numberState = numberState.after(lineBreakClass)
        if lineBreakClass != .space {
          beforeSpaces = lineBreakClass
          fastTable = pairVerdicts
          fastRow = (numberState.rawValue &<< 6 | Int(lineBreakClass.rawValue)) &<< 6
        } else {
          fastTable = spaceVerdicts
          fastRow = Int(beforeSpaces.rawValue) &<< 6
        }
        lastEastAsian = properties.isEastAsian
        lastIsUnassignedPictographic = properties.isUnassignedPictographic
        regionalIndicatorCount = lineBreakClass == .regionalIndicator ? 1 : 0
        switch verdict {
        case .allowed: return .allowed
        case .mandatory: return .mandatory
        default: return .prohibited
        }
      }
    }
    return advanceByRules(lineBreakClass, properties)
  }

  /// `advance` through every rule, for the contexts the verdict tables do not settle.
  @inline(never)
  private mutating func advanceByRules(
    _ lineBreakClass: LineBreakClass, _ properties: ScalarProperties
  ) -> Opportunity {
    let isCombining =
      lineBreakClass == .combiningMark || lineBreakClass == .zeroWidthJoiner
    if atStart {
      atStart = false
      // LB10 at the start of text: a lone combining mark is alphabetic.
      push(isCombining ? .alphabetic : lineBreakClass, properties)
      lastIsJoiner = lineBreakClass == .zeroWidthJoiner
      updateSimplicity()
      return .prohibited  // LB2
    }
    if isCombining && !last.isIn(Self.notCombiningBase) {
      // LB9: X (CM | ZWJ)* is X; LB8a: nothing breaks after the joiner either.
      lastIsJoiner = lineBreakClass == .zeroWidthJoiner
      updateSimplicity()
      return .prohibited
    }
    let current = isCombining ? LineBreakClass.alphabetic : lineBreakClass  // LB10
    let result = decide(current, properties)
    push(current, properties)
    lastIsJoiner = lineBreakClass == .zeroWidthJoiner
    updateSimplicity()
    return result
  }

  /// Chooses the verdict table for the next scalar: `pairVerdicts` by number state and last
  /// class when there is no joiner or dash context; `spaceVerdicts` by the class before the
  /// spaces right after spaces; none (the rules decide) otherwise.
  private mutating func updateSimplicity() {
    fastRow = -1
    guard !atStart && !lastIsJoiner && !lastIsPairedDash else { return }
    if last == .space {
      fastTable = spaceVerdicts
      fastRow = Int(beforeSpaces.rawValue) &<< 6
    } else {
      fastTable = pairVerdicts
      fastRow = (numberState.rawValue &<< 6 | Int(last.rawValue)) &<< 6
    }
  }

  /// What a verdict table says about a pair of classes.
  enum PairVerdict: UInt8 {
    case allowed, prohibited, mandatory, needsRules
  }

  /// The pair verdicts of the default rules and of the CJK strict tailoring.
  private static let defaultVerdicts = PairVerdictTable(cjkStrict: false)
  private static let strictVerdicts = PairVerdictTable(cjkStrict: true)
  private static let noVerdicts = PairVerdictTable(cjkStrict: nil)

  /// Verdicts indexed by `(numberState << 6 | last) << 6 | current` (and, after spaces, by
  /// `beforeSpaces << 6 | current`, raw values), derived from `decide` itself: a pair gets a
  /// verdict only if `decide` answers the same in every context such a state leaves open (East
  /// Asian widths, the unit before last, regional-indicator parity, LB30b).
  private struct PairVerdictTable: @unchecked Sendable {
    /// 3 × 64 × 64 verdicts by (number state, last, current), allocated once per process and
    /// never freed.
    let verdicts: UnsafePointer<PairVerdict>
    /// 64 × 64 verdicts by (class before the spaces, current), right after spaces.
    let afterSpace: UnsafePointer<PairVerdict>

    /// The tables of the strict or default rules; with `cjkStrict` nil, tables that leave
    /// every pair to the rules.
    init(cjkStrict: Bool?) {
      verdicts = Self.build(cjkStrict: cjkStrict, afterSpace: false)
      afterSpace = Self.build(cjkStrict: cjkStrict, afterSpace: true)
    }

    private static func build(cjkStrict: Bool?, afterSpace: Bool) -> UnsafePointer<PairVerdict> {
      let states = afterSpace ? [NumberState.none] : NumberState.allCases
      let count = states.count * 64 * 64
      let table = UnsafeMutablePointer<PairVerdict>.allocate(capacity: count)
      table.initialize(repeating: .needsRules, count: count)
      guard let cjkStrict else { return UnsafePointer(table) }
      // Combining marks need LB9/LB10, which the pair cannot tell.
      let excludedCurrent = LineBreakClass.combiningMark.bit | LineBreakClass.zeroWidthJoiner.bit
      for numberState in states {
        for previous in LineBreakClass.allCases where previous != .space {
          for current in LineBreakClass.allCases where !current.isIn(excludedCurrent) {
            var answers: Set<Opportunity> = []
            let varied = contextBits(previous: previous, current: current)
            for variant in 0..<128 where variant & ~varied == 0 {
              var breaker = LineBreaker(
                cjkStrict: cjkStrict, pairVerdicts: table, spaceVerdicts: table)
              breaker.atStart = false
              breaker.numberState = numberState
              breaker.last = afterSpace ? .space : previous
              breaker.beforeSpaces = previous
              breaker.lastEastAsian = variant & 1 != 0
              breaker.secondLastEastAsian = variant & 2 != 0
              breaker.hasSecondLast = variant & 4 != 0
              breaker.secondLast = variant & 8 != 0 ? .hebrewLetter : .alphabetic
              breaker.lastIsUnassignedPictographic = variant & 16 != 0
              breaker.regionalIndicatorCount =
                breaker.last == .regionalIndicator ? 1 + (variant >> 5) & 1 : 0
              let properties = ScalarProperties(bits: variant & 64 != 0 ? 1 << 9 : 0)
              answers.insert(breaker.decide(current, properties))
            }
            guard answers.count == 1, let answer = answers.first else { continue }
            let verdict: PairVerdict
            switch answer {
            case .allowed: verdict = .allowed
            case .prohibited: verdict = .prohibited
            case .mandatory: verdict = .mandatory
            case .prohibitedBeforeNumber: verdict = .needsRules
            }
            let row = numberState.rawValue << 6 | Int(previous.rawValue)
            table[row << 6 | Int(current.rawValue)] = verdict
          }
        }
      }
      return UnsafePointer(table)
    }

    /// The context bits of the variants in `build` that can change `decide`'s answer.
    ///
    /// For a pair, those are East Asian widths for quotes and brackets (LB19, LB30), the unit
    /// before last after a hyphen, break-after or quote (LB21a, LB19a), regional-indicator
    /// parity, and LB30b's unassigned pictographs before a modifier. Every other bit stays 0.
    private static func contextBits(previous: LineBreakClass, current: LineBreakClass) -> Int {
      var bits = 0
      let eastAsianSensitive =
        LineBreakClass.quotation.bit | LineBreakClass.openingQuotation.bit
        | LineBreakClass.closingQuotation.bit | LineBreakClass.openPunctuation.bit
        | LineBreakClass.closeParenthesis.bit
      if previous.isIn(eastAsianSensitive) || current.isIn(eastAsianSensitive) {
        bits |= 1 | 2 | 4 | 64
      }
      if previous == .hyphen || previous == .breakAfter || previous.isQuotation {
        bits |= 2 | 4 | 8
      }
      if previous == .regionalIndicator { bits |= 32 }
      if current == .emojiModifier { bits |= 16 }
      return bits
    }
  }

  @inline(__always)
  private mutating func push(_ unit: LineBreakClass, _ properties: ScalarProperties) {
    numberState = numberState.after(unit)
    regionalIndicatorCount = unit == .regionalIndicator ? regionalIndicatorCount + 1 : 0
    secondLast = last
    secondLastEastAsian = lastEastAsian
    hasSecondLast = true
    last = unit
    lastEastAsian = properties.isEastAsian
    if unit != .space { beforeSpaces = unit }
    lastIsPairedDash = properties.isPairedDash
    lastIsUnassignedPictographic = properties.isUnassignedPictographic
  }

  /// LB4–LB31 for a unit that is not absorbed by LB9.
  private func decide(_ current: LineBreakClass, _ properties: ScalarProperties) -> Opportunity {
    // Fast path for the pairs that fill CJK and Latin text.
    // No rule before LB31 matches ID ID, none before LB28 matches (AL | HL) (AL | HL).
    if !lastIsJoiner {
      if last == .ideographic && current == .ideographic { return .allowed }
      if last.isIn(Self.alphabetics) && current.isIn(Self.alphabetics) { return .prohibited }
    }
    // LB4, LB5: hard line breaks.
    if last == .carriageReturn { return current == .lineFeed ? .prohibited : .mandatory }
    if last.isIn(Self.hardBreaks) { return .mandatory }
    // LB6, LB7.
    if current.isIn(Self.hardBreaks) || current == .space || current == .zeroWidthSpace {
      return .prohibited
    }
    // LB8: ZW SP* ÷.
    if beforeSpaces == .zeroWidthSpace { return .allowed }
    // LB8a: ZWJ ×.
    if lastIsJoiner { return .prohibited }
    let afterSpace = last == .space
    // LB11: × WJ, WJ ×.
    if current == .wordJoiner || last == .wordJoiner { return .prohibited }
    // LB12: GL ×.
    if last == .glue { return .prohibited }
    // LB12a: [^SP BA HY] × GL.
    if current == .glue && !afterSpace && last != .breakAfter && last != .hyphen {
      return .prohibited
    }
    // LB13: × CL, × CP, × EX, × IS, × SY.
    if current.isIn(Self.neverBefore) { return .prohibited }
    if cjkStrict && current.isIn(Self.strictNeverStart) { return .prohibited }
    // LB14: OP SP* ×.
    if beforeSpaces == .openPunctuation { return .prohibited }
    if cjkStrict && beforeSpaces.isIn(Self.strictNeverEnd) { return .prohibited }
    // LB15: QU SP* × OP.
    if beforeSpaces.isQuotation && current == .openPunctuation { return .prohibited }
    // LB16: (CL | CP) SP* × NS.
    if (beforeSpaces == .closePunctuation || beforeSpaces == .closeParenthesis)
      && current == .nonStarter
    {
      return .prohibited
    }
    // LB17: B2 SP* × B2.
    if beforeSpaces == .breakBoth && current == .breakBoth { return .prohibited }
    // LB18: SP ÷.
    if afterSpace { return .allowed }
    if cjkStrict && lastIsPairedDash && properties.isPairedDash { return .prohibited }
    // LB19: × QU, QU ×.
    if cjkStrict {
      if let quoteRule = strictQuotationRule(current, properties) { return quoteRule }
    } else if current.isQuotation || last.isQuotation {
      return .prohibited
    }
    // LB20: ÷ CB, CB ÷.
    if current == .contingentBreak || last == .contingentBreak { return .allowed }
    // LB21: × BA, × HY, × NS, BB ×.
    if current == .breakAfter || current == .hyphen || current == .nonStarter
      || last == .breakBefore
    {
      return .prohibited
    }
    // LB21a: HL (HY | BA) ×.
    if (last == .hyphen || last == .breakAfter) && hasSecondLast
      && secondLast == .hebrewLetter
    {
      return .prohibited
    }
    // LB21b: SY × HL.
    if last == .symbol && current == .hebrewLetter { return .prohibited }
    // LB22: × IN.
    if current == .inseparable { return .prohibited }
    // LB23: (AL | HL) × NU, NU × (AL | HL).
    if (last.isIn(Self.alphabetics) && current == .numeric)
      || (last == .numeric && current.isIn(Self.alphabetics))
    {
      return .prohibited
    }
    // LB23a: PR × (ID | EB | EM), (ID | EB | EM) × PO.
    if (last == .prefixNumeric && current.isIn(Self.ideographicEmoji))
      || (last.isIn(Self.ideographicEmoji) && current == .postfixNumeric)
    {
      return .prohibited
    }
    // LB24: (PR | PO) × (AL | HL), (AL | HL) × (PR | PO).
    if (last.isIn(Self.affixes) && current.isIn(Self.alphabetics))
      || (last.isIn(Self.alphabetics) && current.isIn(Self.affixes))
    {
      return .prohibited
    }
    // LB25, as the regular expression of example 7:
    // (PR | PO) × (OP | HY)? NU; (OP | HY) × NU; NU (NU | SY | IS)* × (NU | SY | IS | CL | CP);
    // NU (NU | SY | IS)* (CL | CP)? × (PO | PR).
    if last.isIn(Self.affixes) {
      if current == .numeric { return .prohibited }
      if current == .openPunctuation || current == .hyphen { return .prohibitedBeforeNumber }
    }
    if (last == .openPunctuation || last == .hyphen) && current == .numeric { return .prohibited }
    if numberState == .digits && current.isIn(Self.numberContinuation) { return .prohibited }
    if numberState != .none && current.isIn(Self.affixes) { return .prohibited }
    // LB26: Korean syllable blocks.
    switch last {
    case .hangulL:
      if current == .hangulL || current == .hangulV || current == .hangulLV
        || current == .hangulLVT
      {
        return .prohibited
      }
    case .hangulV, .hangulLV:
      if current == .hangulV || current == .hangulT { return .prohibited }
    case .hangulT, .hangulLVT:
      if current == .hangulT { return .prohibited }
    default:
      break
    }
    // LB27: (JL | JV | JT | H2 | H3) × PO, PR × (JL | JV | JT | H2 | H3).
    if (last.isIn(Self.hangul) && current == .postfixNumeric)
      || (last == .prefixNumeric && current.isIn(Self.hangul))
    {
      return .prohibited
    }
    // LB28: (AL | HL) × (AL | HL).
    if last.isIn(Self.alphabetics) && current.isIn(Self.alphabetics) { return .prohibited }
    // LB29: IS × (AL | HL).
    if last == .infixSeparator && current.isIn(Self.alphabetics) { return .prohibited }
    // LB30: (AL | HL | NU) × [OP - EastAsian], [CP - EastAsian] × (AL | HL | NU).
    if (last.isIn(Self.alphabetics) || last == .numeric) && current == .openPunctuation
      && !properties.isEastAsian
    {
      return .prohibited
    }
    if last == .closeParenthesis && !lastEastAsian
      && (current.isIn(Self.alphabetics) || current == .numeric)
    {
      return .prohibited
    }
    // LB30a: pairs of regional indicators.
    if last == .regionalIndicator && current == .regionalIndicator
      && regionalIndicatorCount % 2 == 1
    {
      return .prohibited
    }
    // LB30b: EB × EM, [ExtPict & Cn] × EM.
    if current == .emojiModifier && (last == .emojiBase || lastIsUnassignedPictographic) {
      return .prohibited
    }
    return .allowed  // LB31
  }

  /// LB19 and LB19a of Unicode 15.1, for the strict tailoring; nil when they do not decide.
  @inline(__always)
  private func strictQuotationRule(
    _ current: LineBreakClass, _ properties: ScalarProperties
  ) -> Opportunity? {
    if current.isQuotation {
      // × [QU - Pi]; [^EastAsian] × QU. (The look-ahead half of LB19a, × QU [^EastAsian], is
      // left out: an opening quote may start a line whatever follows it.)
      if current != .openingQuotation || !lastEastAsian { return .prohibited }
    }
    if last.isQuotation {
      // [QU - Pf] ×; QU × [^EastAsian]; (sot | [^EastAsian]) QU ×.
      if last != .closingQuotation || !properties.isEastAsian || !hasSecondLast
        || !secondLastEastAsian
      {
        return .prohibited
      }
    }
    return nil
  }
}
