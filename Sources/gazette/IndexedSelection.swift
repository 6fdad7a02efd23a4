import GazetteIndex
import GazetteModel

/// Chooses the articles a command shows through the directory's index: filters, then the
/// search over title and source in memory and over bodies in the index's full-text table.
enum IndexedSelection {
  /// The articles of `loaded` that `query` matches, in list order; `nil` when there is no
  /// index or it cannot answer the search exactly (the caller then scans the files).
  static func select(_ query: ArticleQuery, from loaded: LoadedArticles) -> [Article]? {
    guard let index = loaded.index else { return nil }
    guard !query.search.isEmpty else { return loaded.result.articles.filter(query.matchesFilters) }
    let filtered = loaded.result.articles.filter(query.matchesFilters)
    var matches = filtered.map(query.matchesMetadataSearch)
    // Only the bodies of articles whose title and source did not match need looking up.
    let candidates = filtered.indices.filter { !matches[$0] }
    guard
      let found = try? index.bodyMatches(
        query.search, in: candidates.map { filtered[$0] }, root: loaded.directory)
    else { return nil }
    for position in found { matches[candidates[position]] = true }
    return zip(filtered, matches).compactMap { $1 ? $0 : nil }
  }
}
