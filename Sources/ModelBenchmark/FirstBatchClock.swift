import Foundation
import GazetteModel

/// Remembers when the first batch with articles arrived.
final class FirstBatchClock: @unchecked Sendable {
  private let lock = NSLock()
  private let start: Measurement
  /// Seconds from the start to the first batch with articles; nil until it arrives.
  private(set) var seconds: Double?
  /// Articles in that first batch.
  private(set) var articles = 0

  init(start: Measurement) {
    self.start = start
  }

  /// Notes `batch`'s arrival if it is the first with articles.
  func record(_ batch: LoadBatch) {
    lock.lock()
    defer { lock.unlock() }
    if seconds == nil && !batch.articles.isEmpty {
      seconds = Measurement.now().wall - start.wall
      articles = batch.articles.count
    }
  }
}
