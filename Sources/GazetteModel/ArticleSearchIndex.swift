/// The folded titles and sources of every article loaded so far, for matching a search typed
/// in the list without folding them again on each keystroke.
///
/// One `SearchIndex` per load batch, built off the main loop where the batch arrives (the
/// reader's load thread) and appended as the batch joins the reader's store; arrival index `i`
/// is found in the part whose range holds it.
public struct ArticleSearchIndex: Sendable {
  private var parts: [SearchIndex] = []
  /// The arrival index of each part's first article.
  private var starts: [Int] = []
  /// Number of articles indexed.
  public private(set) var count = 0

  /// Creates an index of no articles.
  public init() {}

  /// Appends the index of the next articles in arrival order.
  public mutating func append(_ part: SearchIndex) {
    guard part.count > 0 else { return }
    starts.append(count)
    parts.append(part)
    count += part.count
  }

  /// Whether the title or source of article `index` contains `pattern` (`false` for an index
  /// not covered).
  public func matches(_ pattern: SearchPattern, at index: Int) -> Bool {
    guard index >= 0, index < count else { return false }
    let part = self.part(containing: index)
    return parts[part].matches(pattern, at: index - starts[part])
  }

  /// For each article of `range` (within `0..<count`), whether its title or source contains
  /// `pattern`; `nil` when `isCancelled` turned true midway.
  ///
  /// A part mostly inside the range is scanned in one pass over its buffer; the few articles
  /// of a part barely overlapping are matched one by one.
  func hits(
    of pattern: SearchPattern, in range: Range<Int>, isCancelled: () -> Bool = { false }
  ) -> [Bool]? {
    let range = range.clamped(to: 0..<count)
    var hits = [Bool](repeating: false, count: range.count)
    guard !range.isEmpty else { return hits }
    var part = self.part(containing: range.lowerBound)
    while part < parts.count, starts[part] < range.upperBound {
      if isCancelled() { return nil }
      let start = starts[part]
      let overlap = range.clamped(to: start..<(start + parts[part].count))
      if overlap.count * 4 >= parts[part].count {
        for found in parts[part].matchingIndices(pattern) where overlap.contains(start + found) {
          hits[start + found - range.lowerBound] = true
        }
      } else {
        for index in overlap where parts[part].matches(pattern, at: index - start) {
          hits[index - range.lowerBound] = true
        }
      }
      part += 1
    }
    return hits
  }

  /// The part holding arrival index `index` (the last part starting at or before it).
  private func part(containing index: Int) -> Int {
    max(0, starts.partitioningIndex { $0 > index } - 1)
  }
}
