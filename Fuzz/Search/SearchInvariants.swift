import GazetteModel

/// The promises of `SearchPattern` and `SearchIndex` (docs/format.md, Search), checked on one
/// pattern and one candidate.
struct SearchInvariants {
  /// What the user typed.
  let pattern: String
  /// The text searched.
  let candidate: String
  /// Whether `pattern` is a run of whole characters of `candidate`, so it must be found.
  let mustMatch: Bool

  /// Runs every check; stops the process at the first broken promise.
  func check() {
    let search = SearchPattern(pattern)
    let matches = search.matches(candidate)
    let ranges = search.ranges(in: candidate)
    let shown = "pattern \(FuzzCheck.shown(pattern)), candidate \(FuzzCheck.shown(candidate))"

    if search.isEmpty {
      FuzzCheck.require(matches, "an empty pattern did not match: \(shown)")
      FuzzCheck.require(ranges.isEmpty, "an empty pattern gave ranges: \(shown)")
    } else {
      FuzzCheck.require(
        matches == !ranges.isEmpty,
        "matches says \(matches), ranges(in:) found \(ranges.count): \(shown)")
    }
    if mustMatch && !pattern.isEmpty {
      FuzzCheck.require(matches, "a run of the candidate's own characters was not found: \(shown)")
    }
    checkRanges(ranges, of: search, shown: shown)

    let folded = SearchPattern.foldedForSearch(candidate)
    FuzzCheck.require(
      search.matches(folded: folded) == matches,
      "matches(folded:) disagrees with matches (\(matches)): \(shown), folded "
        + FuzzCheck.shown(folded))

    checkIndex(search, matches: matches, shown: shown)
  }

  /// Ranges are non-empty, in bounds, on character boundaries, ordered, not overlapping, and
  /// each one's text matches the pattern.
  private func checkRanges(_ ranges: [Range<String.Index>], of search: SearchPattern, shown: String)
  {
    guard !ranges.isEmpty else { return }
    let utf8 = candidate.utf8
    var boundaries = Set(candidate.indices.map { utf8.distance(from: utf8.startIndex, to: $0) })
    boundaries.insert(utf8.count)
    var previousEnd = candidate.startIndex
    for (number, range) in ranges.enumerated() {
      FuzzCheck.require(
        range.lowerBound >= previousEnd && range.lowerBound < range.upperBound
          && range.upperBound <= candidate.endIndex,
        "range \(number) is empty, out of order, overlapping or out of bounds: \(shown)")
      let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
      let upper = utf8.distance(from: utf8.startIndex, to: range.upperBound)
      FuzzCheck.require(
        boundaries.contains(lower) && boundaries.contains(upper),
        "range \(number) (bytes \(lower)..<\(upper)) splits a character: \(shown)")
      let text = String(candidate[range])
      FuzzCheck.require(
        search.matches(text),
        "range \(number) \(FuzzCheck.shown(text)) does not match the pattern: \(shown)")
      previousEnd = range.upperBound
    }
  }

  /// `SearchIndex` agrees with the pattern on the candidate as a title and as a source, and a
  /// match never spans a title and a source.
  private func checkIndex(_ search: SearchPattern, matches: Bool, shown: String) {
    let location = ArticleLocation(relativePath: "fuzz.json")
    let articles = [
      Article(id: "title", title: candidate, location: location),
      Article(id: "source", title: "", source: candidate, location: location),
      Article(id: "split", title: pattern, source: candidate, location: location),
    ]
    let index = SearchIndex(articles: articles)
    let expected = [matches, matches, search.matches(pattern) || matches]
    for (position, wanted) in expected.enumerated() {
      FuzzCheck.require(
        index.matches(search, at: position) == wanted,
        "SearchIndex.matches at \(position) is not \(wanted): \(shown)")
    }
    let found = index.matchingIndices(search)
    let wanted = expected.indices.filter { expected[$0] }
    FuzzCheck.require(
      found == wanted, "SearchIndex.matchingIndices gave \(found), not \(wanted): \(shown)")
  }
}
