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
  /// Indices into `articles`, in list order (`sortOrder`; by default newest first, undated
  /// last, then by id).
  private(set) var order: [Int32] = []
  /// The folded titles and sources of `articles`, for the list's search.
  private(set) var searchIndex = ArticleSearchIndex()
  /// The list's order.
  private(set) var sortOrder: ArticleSortOrder
  /// Each article's collation key for `sortOrder`, by arrival index (empty when the order
  /// needs none): folded once, not at every comparison.
  private var collationKeys: [[UInt8]?] = []

  /// Creates an empty store listing articles in `sortOrder`.
  init(sortOrder: ArticleSortOrder = .standard) {
    self.sortOrder = sortOrder
  }

  /// The store after a reload of the directory: the `survivors` (arrival indices in `old`,
  /// ascending: articles whose file and metadata did not change) come first in their old
  /// arrival order, then the `fresh` articles; `oldToNew` maps each arrival index of `old` to
  /// its new one (or -1).
  ///
  /// The survivors keep their order relative to each other, so the new order is the old one
  /// with the survivors renumbered and the fresh articles merged in; the search index of the
  /// titles and sources is folded again. Meant for a background thread: it costs a pass over
  /// every article.
  init(replacing old: ArticleStore, survivors: [Int32], oldToNew: [Int32], fresh: [Article]) {
    sortOrder = old.sortOrder
    articles.reserveCapacity(survivors.count + fresh.count)
    for index in survivors { articles.append(old.articles[Int(index)]) }
    articles.append(contentsOf: fresh)
    if sortOrder.usesCollationKeys {
      collationKeys.reserveCapacity(articles.count)
      for index in survivors {
        collationKeys.append(
          Int(index) < old.collationKeys.count
            ? old.collationKeys[Int(index)] : sortOrder.collationKey(of: old.articles[Int(index)]))
      }
      collationKeys.append(contentsOf: fresh.map(sortOrder.collationKey(of:)))
    }
    if survivors.count == old.count {
      // Nothing left or changed (files only added, the usual live change): the survivors are
      // the old articles in their old places, so their folded titles are kept as they are.
      searchIndex = old.searchIndex
      searchIndex.append(SearchIndex(articles: fresh))
    } else {
      searchIndex.append(SearchIndex(articles: articles))
    }
    let survivorCount = Int32(survivors.count)
    var kept: [Int32] = []
    kept.reserveCapacity(survivors.count)
    for index in old.order {
      let renumbered = oldToNew[Int(index)]
      if renumbered >= 0, renumbered < survivorCount { kept.append(renumbered) }
    }
    order = merging(sorted(Array(survivorCount..<Int32(articles.count))), into: kept)
  }

  /// Puts the list in `newOrder`; returns false when it already was.
  mutating func sort(by newOrder: ArticleSortOrder) -> Bool {
    guard newOrder != sortOrder else { return false }
    sortOrder = newOrder
    collationKeys = newOrder.usesCollationKeys ? articles.map(newOrder.collationKey(of:)) : []
    order = sorted(order)
    return true
  }

  /// Number of articles.
  var count: Int { articles.count }

  /// The article with arrival index `index`.
  subscript(index: Int32) -> Article { articles[Int(index)] }

  /// Whether the article at `lhs` comes before the one at `rhs` in the list.
  func precedes(_ lhs: Int32, _ rhs: Int32) -> Bool {
    if sortOrder == .standard {
      return ArticleOrder.areInIncreasingOrder(articles[Int(lhs)], articles[Int(rhs)])
    }
    let keys = collationKeys.isEmpty ? nil : collationKeys
    return sortOrder.areInIncreasingOrder(
      articles[Int(lhs)], keys?[Int(lhs)] ?? nil, articles[Int(rhs)], keys?[Int(rhs)] ?? nil)
  }

  /// Whether `rows` are in list order (a filter pass begun before the order changed is not).
  func isSorted(_ rows: [Int32]) -> Bool {
    zip(rows, rows.dropFirst()).allSatisfy { !precedes($1, $0) }
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
    if sortOrder.usesCollationKeys {
      collationKeys.append(contentsOf: batch.map(sortOrder.collationKey(of:)))
    }
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
