/// A search string, matched case-insensitively and regardless of fullwidth/halfwidth forms.
///
/// Both the pattern and the text are folded before comparing: Unicode full case folding
/// (ß/ẞ match ss, Σ/σ/ς match, Cyrillic and Greek capitals match), fullwidth and halfwidth
/// forms fold to their usual forms (ＡＢＣ１２３ finds ABC123, ｶﾞ finds ガ, U+3000 matches a
/// space), and text in any normalisation form matches (é as one or two code points). A match
/// never ends in the middle of a character (`e` does not find the `e` of `é`).
public struct SearchPattern: Hashable, Sendable {
  /// The text the user typed.
  public let text: String
  /// The folded UTF-8 of `text`, computed once.
  private let folded: [UInt8]

  /// Creates a pattern from what the user typed.
  public init(_ text: String) {
    self.text = text
    folded = text.isEmpty ? [] : SearchFolding.fold(text)
  }

  /// Builds the folding tables now (some tens of milliseconds, once per process), so that the
  /// first search typed does not wait for them; call it from a background thread at start-up.
  public static func prepareFolding() {
    _ = SearchFoldingTables.shared
  }

  /// Whether the pattern is empty (matches everything).
  public var isEmpty: Bool { folded.isEmpty }

  /// Whether `candidate` contains the pattern.
  public func matches(_ candidate: String) -> Bool {
    if isEmpty { return true }
    if let found = SearchFolding.withUTF8(of: candidate, { matches(utf8: $0) }) { return found }
    return matches(utf8Copy: Array(candidate.utf8))
  }

  /// Whether the UTF-8 text `bytes` contains the pattern.
  func matches(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if isEmpty { return true }
    let tables = SearchFoldingTables.shared
    if bytes.count * tables.maxExpansion < folded.count { return false }
    let capacity = bytes.count * tables.maxExpansion + 16
    let fast: Bool? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) {
      buffer in
      guard let count = SearchFolding.foldFast(bytes, into: buffer, tables: tables) else {
        return nil
      }
      return containsFolded(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
    if let fast { return fast }
    let text = String(decoding: bytes, as: UTF8.self)
    return SearchFolding.fold(text).withUnsafeBufferPointer { containsFolded($0) }
  }

  private func matches(utf8Copy bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { matches(utf8: $0) }
  }

  /// Whether text already folded with `foldedForSearch(_:)` contains the pattern.
  ///
  /// Lets a list fold its titles once and match every keystroke against the folded copies.
  public func matches(folded candidate: String) -> Bool {
    if isEmpty { return true }
    if let found = SearchFolding.withUTF8(of: candidate, { containsFolded($0) }) { return found }
    return Array(candidate.utf8).withUnsafeBufferPointer { containsFolded($0) }
  }

  /// Runs `body` on the folded UTF-8 of the pattern.
  func foldedBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    folded.withUnsafeBufferPointer(body)
  }

  private func containsFolded(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    folded.withUnsafeBufferPointer { pattern in
      SearchFolding.firstMatch(of: pattern, in: text, from: 0) != nil
    }
  }

  /// The ranges of `candidate` that match, in order, not overlapping.
  ///
  /// Ranges are in `candidate` itself (for highlighting) and cover whole characters: a match
  /// that starts or ends inside a character that folds to several (ß → ss) covers all of it.
  public func ranges(in candidate: String) -> [Range<String.Index>] {
    guard !isEmpty, !candidate.isEmpty else { return [] }
    let (text, origins) = SearchFolding.foldWithOrigins(candidate)
    var found: [Range<String.Index>] = []
    text.withUnsafeBufferPointer { textBytes in
      folded.withUnsafeBufferPointer { pattern in
        var from = 0
        while let offset = SearchFolding.firstMatch(of: pattern, in: textBytes, from: from) {
          let first = SearchPattern.origin(containing: offset, in: origins)
          let last = SearchPattern.origin(containing: offset + pattern.count - 1, in: origins)
          let range = origins[first].range.lowerBound..<origins[last].range.upperBound
          if let previous = found.last, previous.upperBound > range.lowerBound {
            from = offset + 1
            continue
          }
          found.append(range)
          from = last + 1 < origins.count ? origins[last + 1].foldedOffset : textBytes.count
        }
      }
    }
    return found
  }

  /// The index of the origin whose folded text contains byte `offset`.
  private static func origin(containing offset: Int, in origins: [SearchFolding.Origin]) -> Int {
    max(0, origins.partitioningIndex { $0.foldedOffset > offset } - 1)
  }

  /// `text` folded for searching: keep it and match with `matches(folded:)` (for many
  /// articles, `SearchIndex` keeps all the folded titles in one buffer and is faster still).
  public static func foldedForSearch(_ text: String) -> String {
    String(decoding: SearchFolding.fold(text), as: UTF8.self)
  }
}
