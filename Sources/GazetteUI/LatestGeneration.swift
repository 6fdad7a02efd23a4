import Synchronization

/// The newest generation of some work, readable from any thread, so older runs can stop.
final class LatestGeneration: Sendable {
  private let current = Atomic<Int>(0)

  /// Creates a counter at generation 0.
  init() {}

  /// The newest generation.
  var value: Int { current.load(ordering: .acquiring) }

  /// Makes `generation` the newest.
  func set(_ generation: Int) {
    current.store(generation, ordering: .releasing)
  }
}
