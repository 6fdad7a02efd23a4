import GazetteModel
import GazetteTestSupport
import Testing

@testable import GazetteUI

@Suite struct ArticleStoreTests {
  private func article(_ id: String, day: Int?) -> Article {
    Article(
      id: id, title: id, published: day.map { PublishedDate(year: 2023, month: 1, day: $0) },
      location: ArticleLocation(relativePath: id))
  }

  @Test func batchesMergeIntoTheSameOrderAsAFullSort() {
    var generator = SeededGenerator(seed: 7)
    var store = ArticleStore()
    var all: [Article] = []
    for batchNumber in 0..<12 {
      let batch = (0..<Int.random(in: 0...40, using: &generator)).map { number in
        article(
          "b\(batchNumber)-\(number)",
          day: Int.random(in: 0...28, using: &generator) == 0
            ? nil : Int.random(in: 1...28, using: &generator))
      }
      all += batch
      store.append(batch)
    }
    let expected = all.sorted(by: ArticleOrder.areInIncreasingOrder).map(\.id)
    #expect(store.order.map { store[$0].id } == expected)
  }

  @Test func mergingKeepsOneCopyOfIndicesInBothLists() {
    var store = ArticleStore()
    store.append((1...6).map { (day: Int) in article("a\(day)", day: day) })
    // List order is newest first: a6 (index 5) ... a1 (index 0).
    let merged = store.merging([5, 3, 1], into: [4, 3, 0])
    #expect(merged == [5, 4, 3, 1, 0])
  }

  @Test func positionFindsRowsByBisection() {
    var store = ArticleStore()
    store.append((1...9).map { (day: Int) in article("a\(day)", day: day) })
    let rows: [Int32] = [8, 6, 4, 2, 0]
    #expect(store.position(of: 4, in: rows) == 2)
    #expect(store.position(of: 0, in: rows) == 4)
    #expect(store.position(of: 5, in: rows) == nil)
    #expect(store.position(of: 99, in: rows) == nil)
  }

  @Test func undatedArticlesComeLast() {
    var store = ArticleStore()
    store.append([article("x", day: nil), article("y", day: 3)])
    store.append([article("a", day: nil), article("z", day: 9)])
    #expect(store.order.map { store[$0].id } == ["z", "y", "a", "x"])
  }
}
