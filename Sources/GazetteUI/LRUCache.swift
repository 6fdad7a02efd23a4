import GazetteTerminal

/// A small cache that forgets the least recently used entries when it holds too many or they
/// cost too much.
///
/// Meant for a handful of entries (read bodies, wrapped documents): eviction scans them all.
/// The entry just inserted is never evicted, nor the one `insert` is asked to keep, so the
/// article on screen stays even when it alone is over the limit.
struct LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  /// The most entries kept.
  let capacity: Int
  /// The most total cost kept (apart from the entries `insert` keeps).
  let costLimit: Int
  /// The total cost of the entries.
  private(set) var totalCost = 0
  private let cost: @Sendable (Value) -> Int
  private var entries: [Key: (value: Value, cost: Int, lastUse: Int)] = [:]
  private var clock = 0

  /// Creates an empty cache holding at most `capacity` entries costing at most `costLimit`
  /// in all, each entry costing `cost(value)` (by default nothing).
  init(
    capacity: Int, costLimit: Int = .max, cost: @escaping @Sendable (Value) -> Int = { _ in 0 }
  ) {
    self.capacity = max(1, capacity)
    self.costLimit = max(0, costLimit)
    self.cost = cost
  }

  /// Number of entries.
  var count: Int { entries.count }

  /// The value for `key`, marking it as recently used.
  mutating func value(for key: Key) -> Value? {
    guard let entry = entries[key] else { return nil }
    clock += 1
    entries[key] = (entry.value, entry.cost, clock)
    return entry.value
  }

  /// The value for `key`, without marking it as used.
  func peek(_ key: Key) -> Value? {
    entries[key]?.value
  }

  /// Stores `value` for `key`, then evicts the least recently used entries (never `key` nor
  /// `kept`) while there are too many or they cost too much.
  mutating func insert(_ value: Value, for key: Key, keeping kept: Key? = nil) {
    clock += 1
    let valueCost = max(0, cost(value))
    if let old = entries[key] { totalCost -= old.cost }
    entries[key] = (value, valueCost, clock)
    totalCost += valueCost
    while entries.count > capacity || totalCost > costLimit {
      let victim = entries.filter { $0.key != key && $0.key != kept }
        .min { $0.value.lastUse < $1.value.lastUse }
      guard let victim else { break }
      totalCost -= victim.value.cost
      entries[victim.key] = nil
    }
  }

  /// The cache with every key passed through `transform`: entries it maps to `nil` are
  /// dropped, the others keep their value (changed by `update`), cost and recency.
  func remapped(_ transform: (Key) -> Key?, update: (Value, Key) -> Value = { value, _ in value })
    -> LRUCache
  {
    var copy = self
    copy.entries = [:]
    copy.totalCost = 0
    for (key, entry) in entries {
      guard let newKey = transform(key) else { continue }
      copy.entries[newKey] = (update(entry.value, newKey), entry.cost, entry.lastUse)
      copy.totalCost += entry.cost
    }
    return copy
  }
}
