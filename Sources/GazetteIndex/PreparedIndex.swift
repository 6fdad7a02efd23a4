import Foundation
import GazetteModel

/// The index a running reader searches bodies through, once it is known to be current.
///
/// The reader loads its list from the files (first titles at once); afterwards
/// `prepare(directory:environment:)` opens the directory's existing index (it never builds one:
/// that is the commands' first run or `gazette index --rebuild`) and brings it up to date, so
/// its answers are those of the files the reader just read. Until then, and without an index,
/// `current` is `nil` and bodies are searched in the files.
public final class PreparedIndex: @unchecked Sendable {
  private let lock = NSLock()
  // Guarded by `lock`.
  private var index: ArticleIndex?

  /// Creates an empty slot.
  public init() {}

  /// The index, once prepared and holding the bodies of every article.
  public var current: ArticleIndex? {
    lock.withLock { index }
  }

  /// Opens and revalidates the existing index of `directory`; leaves `current` empty when
  /// there is none, it cannot be used, `GAZETTE_NO_INDEX` is set or its bodies are not indexed.
  public func prepare(
    directory: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) {
    guard environment["GAZETTE_NO_INDEX"] == nil,
      let location = IndexLocation(dataDirectory: directory, environment: environment),
      let existing = try? ArticleIndex.openExisting(at: location), existing.hasBodies,
      (try? existing.revalidate(with: DirectoryScanner(root: directory))) != nil
    else { return }
    lock.withLock { index = existing }
  }

  /// Searches the bodies of `articles` through the prepared index.
  ///
  /// Reports like `BodySearch.run`: the exact answer at once, or the candidates checked in
  /// the files. Returns `false` (having reported nothing) when there is no prepared index or
  /// it cannot answer `pattern`; the caller then searches the files.
  public func searchBodies(
    of articles: [Article], matching pattern: SearchPattern, root: String, limits: LoadLimits,
    isCancelled: () -> Bool, onProgress: (BodySearchProgress) -> Void
  ) -> Bool {
    guard let index = current, !pattern.isEmpty,
      let candidates = try? index.bodyCandidates(pattern)
    else { return false }
    var positions: [Int] = []
    for (position, article) in articles.enumerated()
    where candidates.places.contains(article.location) {
      positions.append(position)
    }
    let total = articles.count
    if candidates.areExact || positions.isEmpty {
      onProgress(BodySearchProgress(matches: positions, searched: total, total: total))
      return true
    }
    // The candidates are checked in their files; the rest count as searched at once.
    let others = total - positions.count
    BodySearch(
      articles: positions.map { articles[$0] }, pattern: pattern, root: root, limits: limits
    )
    .run(isCancelled: isCancelled) { progress in
      var mapped = progress
      mapped.matches = progress.matches.map { positions[$0] }
      mapped.searched = progress.searched + others
      mapped.total = total
      onProgress(mapped)
    }
    return true
  }
}
