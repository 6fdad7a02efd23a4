import GazetteTestSupport
import Testing

@testable import GazetteState

/// `ReadingStateTable`: the compact table answers exactly as a dictionary of the same states.
@Suite struct ReadingStateTableTests {
  private func state(_ seed: Int) -> ArticleReadingState {
    ArticleReadingState(
      read: StampedToggle(isOn: seed % 2 == 0, changedAt: StateTime(milliseconds: Int64(seed))),
      firstSeen: StateTime(milliseconds: Int64(seed * 3)))
  }

  /// Ids that share prefixes, differ only in length, are empty, or are not ASCII.
  private func ids(count: Int, generator: inout SeededGenerator) -> [String] {
    let pieces = ["a", "ab", "news/", "2024/", "盤錦", "ｶﾞｽ", "é", "e\u{301}", "~2", "Z", "-"]
    var result: Set<String> = ["", "a", "ab", "abc"]
    while result.count < count {
      let length = Int.random(in: 1...5, using: &generator)
      result.insert((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    return Array(result)
  }

  @Test func answersAsADictionaryOfTheSameStates() {
    var generator = SeededGenerator(seed: 11)
    let all = ids(count: 2_000, generator: &generator)
    let loaded = Dictionary(
      uniqueKeysWithValues: all.prefix(1_500).enumerated().map { ($1, state($0)) })
    var table = ReadingStateTable(loaded)
    var expected = loaded
    #expect(table.count == 1_500)
    for id in all {
      #expect(table[id] == expected[id], "\(id)")
    }
    // Changes in place for loaded ids, and beside the block for new ones.
    for (offset, id) in all.shuffled(using: &generator).prefix(800).enumerated() {
      let change = state(10_000 + offset)
      table.update(id) { $0.merge(change) }
      expected[id, default: ArticleReadingState()].merge(change)
    }
    #expect(table.count == expected.count)
    for id in all {
      #expect(table[id] == expected[id], "\(id)")
    }
    let sorted = table.sorted()
    #expect(sorted.map(\.0) == expected.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(Dictionary(uniqueKeysWithValues: sorted) == expected)
  }

  @Test func loadingOutOfOrderKeepsEveryState() {
    var table = ReadingStateTable()
    table.appendLoaded(id: Array("b".utf8), state(1))
    table.appendLoaded(id: Array("a".utf8), state(2))
    table.appendLoaded(id: Array("b".utf8), state(3))
    table.appendLoaded(id: Array("c".utf8), state(4))
    table.finishLoading()
    #expect(table.count == 3)
    #expect(table["a"] == state(2))
    #expect(table["b"] == state(3))
    #expect(table["c"] == state(4))
    #expect(table.sorted().map(\.0) == ["a", "b", "c"])
  }

  @Test func anEmptyTableHasNothing() {
    var table = ReadingStateTable()
    #expect(table.isEmpty && table[""] == nil && table["a"] == nil)
    #expect(table.sorted().isEmpty)
    table.update("a") { $0.merge(state(1)) }
    #expect(table.count == 1 && table["a"] == state(1))
  }
}
