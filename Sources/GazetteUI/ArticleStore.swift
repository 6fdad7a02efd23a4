import GazetteModel

/// Every article loaded so far, and their order in the list.
///
/// Articles keep the index they arrived with (an `Int32`, so index arrays stay small); `order`
/// lists those indices sorted by `ArticleOrder`. A batch is sorted on its own and merged in
/// with a galloping search, so loading never re-sorts what is already there, and a batch that
/// lands entirely before or after the rest costs one comparison per article.
struct ArticleStore: Sendable {
  /// Articles in arrival order; an article's index here is its identity in the reader.
  private(set) var articles: [Article] = []
  /// Indices into `articles`, in list order (newest first, undated last, then by id).
  private(set) var order: [Int32] = []
  /// The folded titles and sources of `articles`, for the list's search.
  private(set) var searchIndex = ArticleSearchIndex()

  /// Creates an empty store.
  init() {}

  /// Number of articles.
  var count: Int { articles.count }

  /// The article with arrival index `index`.
  subscript(index: Int32) -> Article { articles[Int(index)] }

  /// Whether the article at `lhs` comes before the one at `rhs` in the list.
  func precedes(_ lhs: Int32, _ rhs: Int32) -> Bool {
    ArticleOrder.areInIncreasingOrder(articles[Int(lhs)], articles[Int(rhs)])
  }

  /// Adds a batch and merges it into `order`; returns the arrival indices it was given.
  ///
  /// `searchIndexes` are the batch's titles and sources already folded (off the main loop),
  /// in order; when they do not cover the batch exactly, the batch is indexed here.
  @discardableResult
  mutating func append(_ batch: [Article], searchIndexes: [SearchIndex] = [])
    -> Range<Int32>
  {
    let start = Int32(articles.count)
    articles.append(contentsOf: batch)
    if searchIndexes.reduce(0, { $0 + $1.count }) == batch.count {
      for part in searchIndexes { searchIndex.append(part) }
    } else {
      searchIndex.append(SearchIndex(articles: batch))
    }
    let range = start..<Int32(articles.count)
    order = merging(sorted(Array(range)), into: order)
    return range
  }

  /// The matcher deciding which of the articles `query` shows, through the store's index.
  func matcher(for query: ArticleQuery) -> ArticleMatcher {
    ArticleMatcher(query: query, articles: articles, searchIndex: searchIndex)
  }

  /// `indices` sorted in list order.
  func sorted(_ indices: [Int32]) -> [Int32] {
    indices.sorted(by: precedes)
  }

  /// The union of two index lists that are both in list order, in list order.
  ///
  /// Costs O(k log(n/k)) comparisons for `k` new indices, plus copying the result; an index
  /// present in both lists appears once.
  func merging(_ additions: [Int32], into list: [Int32]) -> [Int32] {
    guard !additions.isEmpty else { return list }
    guard !list.isEmpty else { return additions }
    var result: [Int32] = []
    result.reserveCapacity(list.count + additions.count)
    var low = 0
    for addition in additions {
      let point = insertionPoint(of: addition, in: list, from: low)
      result.append(contentsOf: list[low..<point])
      low = point
      if low < list.count, list[low] == addition { continue }
      if let last = result.last, last == addition { continue }
      result.append(addition)
    }
    result.append(contentsOf: list[low...])
    return result
  }

  /// The row of article `index` in `list` (which is in list order), if it is there.
  func position(of index: Int32, in list: [Int32]) -> Int? {
    guard Int(index) < articles.count else { return nil }
    let point = insertionPoint(of: index, in: list, from: 0)
    return point < list.count && list[point] == index ? point : nil
  }

  /// The first position at or after `start` whose article does not come before `index`.
  ///
  /// Gallops from `start` (1, 2, 4, … steps) and then bisects, so nearby points are cheap.
  private func insertionPoint(of index: Int32, in list: [Int32], from start: Int) -> Int {
    guard start < list.count, precedes(list[start], index) else { return start }
    // Invariant: list[below] precedes `index`; the answer lies in (below, above].
    var below = start
    var step = 1
    var above = start + 1
    while above < list.count, precedes(list[above], index) {
      below = above
      step *= 2
      above = start + step
    }
    above = min(above, list.count)
    while above - below > 1 {
      let middle = below + (above - below) / 2
      if precedes(list[middle], index) {
        below = middle
      } else {
        above = middle
      }
    }
    return above
  }
}
