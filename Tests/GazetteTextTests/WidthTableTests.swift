import Glibc
import Testing

@testable import GazetteText

/// The generated width table against glibc's `wcwidth`, which ncurses uses to place cells.
@Suite struct WidthTableTests {
  /// Scalars where the table deliberately differs from glibc 2.36 `wcwidth`: none.
  ///
  /// The table reproduces glibc exactly, including -1 (not printable) for the scalars Unicode
  /// 15.0 added after glibc's Unicode 14 tables; the sanitiser replaces those. The deliberate
  /// differences live one level up, in `WidthPolicy`, which counts a control as the 1 column of
  /// its visible substitute, a tab as 8 and a newline as 0 (see docs/text-layout.md).
  static let intendedDifferences: [UInt32: Int32] = [:]

  /// The assigned code points of Unicode 15.0: every one listed in UnicodeData.txt, ranges
  /// (CJK ideographs, Hangul syllables, private use, surrogates, ...) expanded.
  static func assignedScalars() -> [UInt32] {
    var assigned: [UInt32] = []
    var rangeStart: UInt32?
    for line in UnicodeDataFile.dataLines("UnicodeData.txt") {
      let fields = line.split(separator: ";", omittingEmptySubsequences: false)
      guard fields.count > 2, let value = UInt32(fields[0], radix: 16) else { continue }
      if fields[1].hasSuffix(", First>") {
        rangeStart = value
      } else if fields[1].hasSuffix(", Last>"), let start = rangeStart {
        assigned.append(contentsOf: start...value)
        rangeStart = nil
      } else {
        assigned.append(value)
      }
    }
    return assigned
  }

  /// glibc's `wcwidth`, looked up at run time: Swift's Glibc module does not export it
  /// (the header declares it only under `_XOPEN_SOURCE`).
  static let wcwidthFunction: (@convention(c) (wchar_t) -> Int32)? = {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "wcwidth") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (wchar_t) -> Int32).self)
  }()

  /// glibc's width for `value` under C.UTF-8 (-2 if `wcwidth` is missing).
  static func glibcWidth(_ value: UInt32) -> Int32 {
    wcwidthFunction?(wchar_t(bitPattern: value)) ?? -2
  }

  @Test func matchesGlibcForEveryAssignedScalar() throws {
    try #require(setlocale(LC_ALL, "C.UTF-8") != nil)
    try #require(Self.glibcWidth(0x4E2D) == 2, "wcwidth needs a UTF-8 locale")
    let assigned = Self.assignedScalars()
    #expect(assigned.count == 288_767)
    var mismatches: [String] = []
    var nonPrintable = 0
    for value in assigned {
      let properties = PropertyTable.shared.properties(of: value)
      let table = properties.isPrintable ? Int32(properties.width) : -1
      let glibc = Self.glibcWidth(value)
      if glibc == -1 { nonPrintable += 1 }
      if table != glibc && Self.intendedDifferences[value] != table {
        mismatches.append(
          "U+\(String(value, radix: 16, uppercase: true)): glibc \(glibc), table \(table)")
      }
    }
    print("\(assigned.count) assigned scalars checked, \(nonPrintable) non-printable to glibc")
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(20))")
  }

  @Test func matchesGlibcForEveryOtherCodePoint() throws {
    try #require(setlocale(LC_ALL, "C.UTF-8") != nil)
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      let properties = PropertyTable.shared.properties(of: value)
      let table = properties.isPrintable ? Int32(properties.width) : -1
      if table != Self.glibcWidth(value) { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first \(mismatches.prefix(10))")
  }

  @Test func unicode15AdditionsAreNotPrintableToGlibc() {
    // SHAKING FACE, CJK Ext H, Kawi: assigned in 15.0, unknown to glibc 2.36.
    for value: UInt32 in [0x1FAE8, 0x31350, 0x11F00] {
      #expect(!PropertyTable.shared.properties(of: value).isPrintable)
    }
    #expect(PropertyTable.shared.properties(of: 0x1FAE8).width == 2)
    #expect(PropertyTable.shared.properties(of: 0x11F00).width == 1)
  }
}
