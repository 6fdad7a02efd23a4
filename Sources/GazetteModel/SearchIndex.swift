/// The folded titles and sources of a list of articles, packed in one buffer, so that a search
/// typed in the list filters 100,000 articles in a few milliseconds.
///
/// Build it once per article list (it folds every title and source once); each keystroke then
/// scans one contiguous buffer instead of 200,000 separately allocated strings.
public struct SearchIndex: Sendable {
  /// Folded text: for each article, its title then its source, each followed by a 0 byte.
  private let bytes: [UInt8]
  /// Where each field begins in `bytes`: title of article i at 2i, source at 2i + 1, and the
  /// end of the buffer last.
  private let fieldStarts: [Int]

  /// Folds the titles and sources of `articles`, in order.
  public init(articles: [Article]) {
    var bytes: [UInt8] = []
    var fieldStarts: [Int] = []
    fieldStarts.reserveCapacity(articles.count * 2 + 1)
    for article in articles {
      fieldStarts.append(bytes.count)
      bytes.append(contentsOf: SearchFolding.fold(article.title))
      bytes.append(0)
      fieldStarts.append(bytes.count)
      if let source = article.source { bytes.append(contentsOf: SearchFolding.fold(source)) }
      bytes.append(0)
    }
    fieldStarts.append(bytes.count)
    self.bytes = bytes
    self.fieldStarts = fieldStarts
  }

  /// Number of articles indexed.
  public var count: Int { (fieldStarts.count - 1) / 2 }

  /// Whether the title or source of article `index` contains `pattern` (an empty pattern
  /// matches).
  public func matches(_ pattern: SearchPattern, at index: Int) -> Bool {
    guard index >= 0 && index < count else { return false }
    if pattern.isEmpty { return true }
    return bytes.withUnsafeBufferPointer { buffer in
      pattern.foldedBytes { folded in
        for field in (2 * index)...(2 * index + 1) {
          let range = fieldStarts[field]..<(fieldStarts[field + 1] - 1)
          let text = UnsafeBufferPointer(rebasing: buffer[range])
          if SearchFolding.firstMatch(of: folded, in: text, from: 0) != nil { return true }
        }
        return false
      }
    }
  }

  /// The positions, ascending, of the articles whose title or source contains `pattern`.
  public func matchingIndices(_ pattern: SearchPattern) -> [Int] {
    if pattern.isEmpty { return Array(0..<count) }
    var found: [Int] = []
    bytes.withUnsafeBufferPointer { buffer in
      pattern.foldedBytes { folded in
        var from = 0
        while let hit = SearchFolding.firstMatch(of: folded, in: buffer, from: from) {
          let field = fieldIndex(containing: hit)
          let fieldEnd = fieldStarts[field + 1] - 1
          let article = field / 2
          if hit + folded.count <= fieldEnd {
            found.append(article)
            from = fieldStarts[min(2 * article + 2, fieldStarts.count - 1)]
          } else {
            from = hit + 1
          }
        }
      }
    }
    return found
  }

  /// The field whose bytes hold offset `offset`.
  private func fieldIndex(containing offset: Int) -> Int {
    // The last start is the end of the buffer, not a field.
    max(0, fieldStarts.dropLast().partitioningIndex { $0 > offset } - 1)
  }
}
