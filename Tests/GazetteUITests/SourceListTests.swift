import GazetteModel
import Testing

@testable import GazetteUI

@Suite struct SourceListTests {
  private func article(_ id: String, _ source: String?, day: Int? = 1) -> Article {
    SampleArticles.article(id, id, source: source, day: day)
  }

  @Test func theListStaysInPickerOrderAsBatchesArrive() {
    var list = SourceList()
    list.add([article("1", "b"), article("2", "c"), article("3", nil), article("4", "a")])
    #expect(list.sorted.map(\.name) == ["a", "b", "c", nil])
    list.add([article("5", "c"), article("6", nil, day: 9)])
    #expect(list.sorted.map(\.name) == ["c", nil, "a", "b"])
    #expect(list.sorted.map(\.count) == [2, 2, 1, 1])
    #expect(list.sorted[1].newest == PublishedDate(year: 2023, month: 5, day: 9))
    list.add([article("7", "a"), article("8", "a"), article("9", "d")])
    #expect(list.sorted.map(\.name) == ["a", "c", nil, "b", "d"])
    list.add([])
    #expect(list.count == 5)
  }

  @Test func theListAgreesWithCountingEverythingAtOnce() {
    let articles = SampleArticles.synthetic(count: 3_000).enumerated().map { number, article in
      var varied = article
      varied.source = number % 11 == 0 ? nil : "Source \(number * number % 13)"
      return varied
    }
    var list = SourceList()
    for start in stride(from: 0, to: articles.count, by: 250) {
      list.add(Array(articles[start..<min(articles.count, start + 250)]))
    }
    var whole = SourceList()
    whole.add(articles)
    #expect(list.sorted == whole.sorted)
    #expect(list.sorted.map(\.count).reduce(0, +) == 3_000)
    #expect(
      zip(list.sorted, list.sorted.dropFirst()).allSatisfy {
        SourceSummary.comesBeforeInList($0, $1)
      })
  }

  @Test func anEmptySourceAndNoSourceAreOnePickerRow() {
    let provider = InMemoryArticleProvider(articles: [
      article("1", nil), article("2", ""), article("3", "City"),
    ])
    var driver = ReducerDriver(provider: provider)
    driver.press(.character("s"))
    guard case .sourcePicker(let picker)? = driver.state.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.choices.map(\.name) == [nil, "City"])
    #expect(picker.choices.map(\.count) == [2, 1])
    driver.press(.down, .enter)
    #expect(driver.state.rows.map { driver.state.store[$0].id } == ["1", "2"])
  }
}
