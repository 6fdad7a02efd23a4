import Dispatch
import GazetteModel
import GazetteUI

/// An in-memory provider whose load waits until the test opens the gate.
struct GatedProvider: ArticleProvider {
  let base: InMemoryArticleProvider
  let gate = DispatchSemaphore(value: 0)

  func loadArticles(isCancelled: @Sendable () -> Bool, onBatch: @Sendable (LoadBatch) -> Void) {
    gate.wait()
    base.loadArticles(isCancelled: isCancelled, onBatch: onBatch)
  }

  func body(of article: Article) throws(LoadProblem) -> ArticleBody {
    try base.body(of: article)
  }

  func searchBodies(
    of articles: [Article], matching pattern: SearchPattern, isCancelled: @Sendable () -> Bool,
    onProgress: @Sendable (BodySearchProgress) -> Void
  ) {
    base.searchBodies(
      of: articles, matching: pattern, isCancelled: isCancelled, onProgress: onProgress)
  }
}
