/// Finds the known name closest to a misspelt one, for "did you mean" hints.
public enum Suggestion {
  /// The name of `candidates` closest to `text`, or nil when none is close enough to help.
  ///
  /// Case is ignored. A candidate is close when it is at most a third of its length away in
  /// edits (at least 1, at most 3), or when `text` is a prefix of it of 3 characters or more.
  public static func closest(to text: String, among candidates: [String]) -> String? {
    let typed = Array(text.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let lowered = Array(candidate.lowercased())
      let distance = editDistance(typed, lowered)
      let limit = min(3, max(1, lowered.count / 3))
      let isPrefix = typed.count >= 3 && lowered.starts(with: typed)
      guard distance <= limit || isPrefix else { continue }
      let score = isPrefix ? min(distance, 1) : distance
      if best == nil || score < best!.distance { best = (candidate, score) }
    }
    return best?.name
  }

  /// The `count` names of `candidates` closest to `text` in edits (case ignored), nearest
  /// first, however far: for "the closest names are …" when nothing matched.
  public static func nearest(to text: String, among candidates: [String], count: Int) -> [String] {
    let typed = Array(text.lowercased())
    return candidates.enumerated()
      .map { (name: $1, distance: editDistance(typed, Array($1.lowercased())), order: $0) }
      .sorted { ($0.distance, $0.order) < ($1.distance, $1.order) }
      .prefix(count).map(\.name)
  }

  /// The Damerau-Levenshtein distance (adjacent swaps cost one edit, as in `lsit`).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousRow = [Int](0...b.count)
    var twoRowsBack = previousRow
    for i in 1...a.count {
      var row = [Int](repeating: 0, count: b.count + 1)
      row[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          row[j] = min(row[j], twoRowsBack[j - 2] + 1)
        }
      }
      twoRowsBack = previousRow
      previousRow = row
    }
    return previousRow[b.count]
  }
}
