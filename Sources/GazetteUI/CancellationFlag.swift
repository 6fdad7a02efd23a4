import Synchronization

/// A flag one thread sets to ask work on another thread to stop.
public final class CancellationFlag: Sendable {
  private let value = Atomic<Bool>(false)

  /// Creates a flag that is not set.
  public init() {}

  /// Whether stopping was asked for.
  public var isSet: Bool { value.load(ordering: .acquiring) }

  /// Asks the work to stop.
  public func set() {
    value.store(true, ordering: .releasing)
  }
}
