import Foundation
import GazetteModel

/// Chooses the articles a command shows: filters, then the search over title, source and body.
enum ArticleSelection {
  /// The articles of `loaded` that `query` matches, in list order.
  static func select(_ query: ArticleQuery, from loaded: LoadedArticles) -> [Article] {
    let filtered = loaded.result.articles.filter(query.matchesFilters)
    guard !query.search.isEmpty else { return filtered }
    var matches = [Bool](repeating: false, count: filtered.count)
    var bodyCandidates: [Article] = []
    var candidatePositions: [Int] = []
    for (position, article) in filtered.enumerated() {
      if query.matchesMetadataSearch(article) {
        matches[position] = true
      } else {
        bodyCandidates.append(article)
        candidatePositions.append(position)
      }
    }
    // Only the bodies of articles whose title and source did not match need reading.
    let search = BodySearch(articles: bodyCandidates, pattern: query.search, root: loaded.directory)
    let summary = search.run { _ in }
    for index in summary.matchingIndices { matches[candidatePositions[index]] = true }
    return zip(filtered, matches).compactMap { $1 ? $0 : nil }
  }
}
