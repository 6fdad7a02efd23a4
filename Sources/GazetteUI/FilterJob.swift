import GazetteModel

/// Recomputes the list for a new query: which articles pass the filters and the search.
///
/// Only titles and sources are matched here, off the main loop, through the store's search
/// index (folded once per batch, so a pass over 100,000 articles takes a few milliseconds);
/// body matches are merged in by the reducer as the body search finds them.
struct FilterJob: Sendable {
  /// Query generation the job belongs to.
  var generation: Int
  /// The articles, in arrival order (a snapshot; copying it is free).
  var articles: [Article]
  /// Arrival indices in list order.
  var order: [Int32]
  /// The query.
  var query: ArticleQuery
  /// The folded titles and sources of the articles (those it does not cover are folded by
  /// the job).
  var searchIndex: ArticleSearchIndex
  /// Which articles the reading view admits.
  var view: ReadingView
  /// The marks of the articles, by arrival index (the view needs them; a snapshot).
  var marks: [ArticleMarks]

  /// Creates a job.
  init(
    generation: Int, articles: [Article], order: [Int32], query: ArticleQuery,
    searchIndex: ArticleSearchIndex = ArticleSearchIndex(), view: ReadingView = .all,
    marks: [ArticleMarks] = []
  ) {
    self.generation = generation
    self.articles = articles
    self.order = order
    self.query = query
    self.searchIndex = searchIndex
    self.view = view
    self.marks = marks
  }

  /// The rows that pass, in list order; `nil` when cancelled midway.
  func run(isCancelled: () -> Bool = { false }) -> [Int32]? {
    let matcher = ArticleMatcher(query: query, articles: articles, searchIndex: searchIndex)
    guard var listed = matcher.listedMask(in: articles.indices, isCancelled: isCancelled)
    else { return nil }
    if view != .all {
      for index in listed.indices where listed[index] {
        listed[index] = view.admits(index < marks.count ? marks[index] : [])
      }
    }
    guard !isCancelled() else { return nil }
    // One pass over the order picks the listed rows (a tight loop: it is the bulk of the job).
    var rows: [Int32] = []
    listed.withUnsafeBufferPointer { listed in
      order.withUnsafeBufferPointer { order in
        var position = 0
        while position < order.count {
          let index = Int(order[position])
          if index < listed.count, listed[index] { rows.append(order[position]) }
          position += 1
        }
      }
    }
    return rows
  }
}
