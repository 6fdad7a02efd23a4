import Testing

@testable import GazetteText

/// Runs the default (untailored) breaker over Unicode 15.0's LineBreakTest.txt.
@Suite struct LineBreakConformanceTests {
  /// Break opportunities the default breaker reports for `scalars` (index i: before scalar i).
  static func breaks(_ scalars: [Unicode.Scalar]) -> [Bool] {
    let table = PropertyTable.shared
    var breaker = LineBreaker(cjkStrict: false)
    var result: [Bool] = []
    for (index, scalar) in scalars.enumerated() {
      let properties = table.properties(of: scalar)
      switch breaker.advance(properties.lineBreakClass, properties) {
      case .prohibited: result.append(false)
      case .allowed, .mandatory: result.append(index > 0)
      case .prohibitedBeforeNumber:
        let next = scalars[(index + 1)...].lazy.map { table.properties(of: $0).lineBreakClass }
          .first { $0 != .combiningMark && $0 != .zeroWidthJoiner }
        result.append(next != .numeric)
      }
    }
    return result
  }

  @Test func passesEveryCaseOfLineBreakTest() {
    let lines = UnicodeDataFile.dataLines("auxiliary/LineBreakTest.txt")
    #expect(lines.count == 7654)
    var failures: [String] = []
    for line in lines {
      guard let (scalars, expected) = UnicodeDataFile.parseBreakTestLine(line) else {
        failures.append("unparsable: \(line)")
        continue
      }
      // The test file marks sot (never a break) and eot (always a break); compare the inside.
      let actual = Self.breaks(scalars)
      if Array(actual.dropFirst()) != Array(expected.dropFirst().dropLast()) {
        failures.append(String(line))
      }
    }
    let passed = lines.count - failures.count
    print("LineBreakTest.txt: \(passed)/\(lines.count) passed")
    #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(5))")
  }
}
