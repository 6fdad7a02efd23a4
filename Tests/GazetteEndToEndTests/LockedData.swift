import Foundation

/// Data shared between the reading thread and the test.
final class LockedData: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  /// Stores `value`.
  func set(_ value: Data) {
    lock.lock()
    data = value
    lock.unlock()
  }

  /// The stored data.
  func get() -> Data {
    lock.lock()
    defer { lock.unlock() }
    return data
  }
}
