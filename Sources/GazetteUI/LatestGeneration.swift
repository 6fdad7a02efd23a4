import Synchronization

/// The newest generation of some work, readable from any thread, so older runs can stop.
public final class LatestGeneration: Sendable {
  private let current = Atomic<Int>(0)

  /// Creates a counter at generation 0.
  public init() {}

  /// The newest generation.
  public var value: Int { current.load(ordering: .acquiring) }

  /// Makes `generation` the newest.
  public func set(_ generation: Int) {
    current.store(generation, ordering: .releasing)
  }
}
