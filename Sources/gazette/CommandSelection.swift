import GazetteModel

/// The articles a command's filters select, decided as the reader decides them: source names
/// resolved as the source picker resolves them, then one `ArticleMatcher` (`list` and
/// `mark --all` share it, so they never disagree).
enum CommandSelection {
  /// The articles of `loaded` that `query` matches, in list order, with `sourceNames` (as
  /// typed after `--source`) resolved to the sources they name; with `explaining`, standard
  /// error says which sources each name matched, or the closest names when none did.
  static func articles(
    matching query: ArticleQuery, sourceNames: [String], in loaded: LoadedArticles,
    explaining: Bool = false
  ) -> [Article] {
    var query = query
    let all = loaded.result.articles
    if !sourceNames.isEmpty {
      let sources = SourceMatcher(sources: SourceSummary.summarize(all))
      query.sources = sourceNames.flatMap { text in
        let named = sources.resolve(text).map { $0.name ?? "" }
        if explaining { SourceNote.explain(text, named: named, in: sources) }
        // A name that means no source is kept as given: it matches no article.
        return named.isEmpty ? [text] : named
      }
    }
    let matcher = ArticleMatcher(query: query, articles: all)
    // Bodies are searched through the directory's index when there is one.
    let matching =
      IndexedSelection.matchingIndices(matcher, in: loaded)
      ?? matcher.matchingIndices(searchingBodiesIn: loaded.directory)
    return matching.map { all[$0] }
  }
}
