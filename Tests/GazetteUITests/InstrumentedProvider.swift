import Dispatch
import GazetteModel
import Synchronization

@testable import GazetteUI

/// An in-memory provider for tests that can hold its load until the test opens a gate, and
/// records which articles' bodies a search was asked to read.
final class InstrumentedProvider: ArticleProvider {
  /// Where the articles and bodies come from.
  let base: InMemoryArticleProvider
  /// When set, the load waits until the test signals it.
  let gate: DispatchSemaphore?
  private let searchedIDs = Mutex<[String]>([])

  /// Wraps `base`; with `gated`, the load waits for `gate` to be signalled.
  init(base: InMemoryArticleProvider, gated: Bool = false) {
    self.base = base
    self.gate = gated ? DispatchSemaphore(value: 0) : nil
  }

  /// Ids of the articles body searches were asked to read, in order.
  var searched: [String] { searchedIDs.withLock { $0 } }

  func loadArticles(isCancelled: @Sendable () -> Bool, onBatch: @Sendable (LoadBatch) -> Void) {
    gate?.wait()
    base.loadArticles(isCancelled: isCancelled, onBatch: onBatch)
  }

  func body(of article: Article) throws(LoadProblem) -> ArticleBody {
    try base.body(of: article)
  }

  func searchBodies(
    of articles: [Article], matching pattern: SearchPattern, isCancelled: @Sendable () -> Bool,
    onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    searchedIDs.withLock { $0 += articles.map(\.id) }
    base.searchBodies(
      of: articles, matching: pattern, isCancelled: isCancelled, onProgress: onProgress)
  }
}
