import Synchronization

/// A flag one thread sets to ask work on another thread to stop.
final class CancellationFlag: Sendable {
  private let value = Atomic<Bool>(false)

  /// Creates a flag that is not set.
  init() {}

  /// Whether stopping was asked for.
  var isSet: Bool { value.load(ordering: .acquiring) }

  /// Asks the work to stop.
  func set() {
    value.store(true, ordering: .releasing)
  }
}
