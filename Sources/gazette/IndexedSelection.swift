import GazetteIndex
import GazetteModel

/// The body search of `gazette list` through the directory's index.
enum IndexedSelection {
  /// The articles `matcher` shows, as positions in its articles (ascending), with the bodies
  /// searched through the index of `loaded`; `nil` when there is no index or it cannot
  /// answer the search (the caller then reads the files).
  static func matchingIndices(_ matcher: ArticleMatcher, in loaded: LoadedArticles) -> [Int]? {
    guard let index = loaded.index else { return nil }
    let all = matcher.articles.indices
    var listed = matcher.listedMask(in: all) ?? []
    // Only the bodies of articles that pass the filters but whose title and source do not
    // match need looking up.
    let candidates = matcher.needingBodySearch(in: all) ?? []
    if !candidates.isEmpty {
      guard
        let found = try? index.bodyMatches(
          matcher.query.search, in: candidates.map { matcher.articles[Int($0)] },
          root: loaded.directory)
      else { return nil }
      for position in found { listed[Int(candidates[position])] = true }
    }
    return listed.indices.filter { listed[$0] }
  }
}
