/// A small cache that forgets the least recently used entry when full.
///
/// Meant for a handful of entries (read bodies, wrapped documents): eviction scans them all.
public struct LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  /// The most entries kept.
  public let capacity: Int
  private var entries: [Key: (value: Value, lastUse: Int)] = [:]
  private var clock = 0

  /// Creates an empty cache holding at most `capacity` entries.
  public init(capacity: Int) {
    self.capacity = max(1, capacity)
  }

  /// Number of entries.
  public var count: Int { entries.count }

  /// The value for `key`, marking it as recently used.
  public mutating func value(for key: Key) -> Value? {
    guard let entry = entries[key] else { return nil }
    clock += 1
    entries[key] = (entry.value, clock)
    return entry.value
  }

  /// The value for `key`, without marking it as used.
  public func peek(_ key: Key) -> Value? {
    entries[key]?.value
  }

  /// Stores `value` for `key`, evicting the least recently used entry when full.
  public mutating func insert(_ value: Value, for key: Key) {
    clock += 1
    if entries[key] == nil, entries.count >= capacity,
      let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
    {
      entries[oldest] = nil
    }
    entries[key] = (value, clock)
  }

  /// Forgets every entry.
  public mutating func removeAll() {
    entries.removeAll()
  }
}
