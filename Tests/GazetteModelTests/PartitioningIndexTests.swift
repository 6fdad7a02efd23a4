import Testing

@testable import GazetteModel

/// `partitioningIndex(where:)`: the bisection behind every ordered look-up.
@Suite struct PartitioningIndexTests {
  @Test(arguments: [
    ([Int](), 5, 0), ([1], 0, 0), ([1], 1, 1), ([1], 2, 1), ([0, 3, 3, 7], 3, 3),
    ([0, 3, 3, 7], 2, 1), ([0, 3, 3, 7], 7, 4), ([0, 3, 3, 7], -1, 0), ([5, 5, 5], 5, 3),
  ])
  func firstElementGreaterThan(_ values: [Int], _ limit: Int, is expected: Int) {
    #expect(values.partitioningIndex { $0 > limit } == expected)
  }

  /// Every sorted array and limit agree with a linear scan, including on slices, whose
  /// indices do not start at 0.
  @Test func agreesWithALinearScan() {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      let values = (0..<Int.random(in: 0...20, using: &random)).map { _ in
        Int.random(in: 0...10, using: &random)
      }.sorted()
      let limit = Int.random(in: -1...11, using: &random)
      let slice = values.dropFirst(values.count / 3)
      #expect(
        values.partitioningIndex { $0 > limit } == values.firstIndex { $0 > limit }
          ?? values.endIndex)
      #expect(
        slice.partitioningIndex { $0 > limit } == slice.firstIndex { $0 > limit } ?? slice.endIndex)
    }
  }
}
