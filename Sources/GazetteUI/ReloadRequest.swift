import Synchronization

/// A reload by hand the main loop asks for and the live directory's thread takes.
final class ReloadRequest: Sendable {
  private let value = Atomic<Bool>(false)

  /// Creates a flag with no reload asked for.
  init() {}

  /// Asks for a reload.
  func ask() {
    value.store(true, ordering: .releasing)
  }

  /// Whether a reload was asked for since the last call (taking the request).
  func take() -> Bool {
    value.exchange(false, ordering: .acquiringAndReleasing)
  }
}
