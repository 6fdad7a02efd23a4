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
    guard let bodies = try? index.bodyMatches(query.search) else { return nil }
    return loaded.result.articles.filter { article in
      query.matchesFilters(article)
        && (query.matchesMetadataSearch(article) || bodies.contains(article.location))
    }
  }
}
