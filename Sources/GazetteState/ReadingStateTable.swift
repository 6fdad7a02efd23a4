import Foundation

/// Every article's reading state by id, in a fraction of a dictionary's memory.
///
/// A store holds a state for every article a run has seen (its first sighting), so at 100,000
/// articles a `[String: ArticleReadingState]` costs about 17 MB: 262,144 buckets of a key and a
/// value, plus a heap allocation for every id longer than 15 bytes. Here the states read at
/// opening, which come sorted by id (the table's primary key, in SQLite's byte order), stay in
/// one sorted block: the ids' UTF-8 packed in one buffer, their ends, and the states, about 60
/// bytes an article. A look-up is a binary search (17 comparisons at 100,000). States added
/// later (new articles, another instance's) go in a small dictionary beside it; a state
/// already in the block is changed in place.
public struct ReadingStateTable: Sendable {
  /// The UTF-8 of the block's ids, one after the other.
  private var idBytes: [UInt8] = []
  /// Where each id of the block ends in `idBytes`.
  private var idEnds: [UInt32] = []
  /// The block's states, in the order of `idEnds`.
  private var blockStates: [ArticleReadingState] = []
  /// States whose id is not in the block.
  private var added: [String: ArticleReadingState] = [:]

  /// An empty table.
  public init() {}

  /// A table of `states`.
  public init(_ states: [String: ArticleReadingState]) {
    for (id, state) in states.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      appendLoaded(id: Array(id.utf8), state)
    }
  }

  /// Makes room for `count` states read at opening, with ids of about `averageLength` bytes.
  mutating func reserveLoaded(_ count: Int, averageLength: Int = 40) {
    idEnds.reserveCapacity(count)
    blockStates.reserveCapacity(count)
    idBytes.reserveCapacity(count * averageLength)
  }

  /// Adds a state read at opening; ids come in ascending byte order, and one that does not
  /// (never from SQLite's primary key) goes beside the block.
  mutating func appendLoaded(id: some Collection<UInt8>, _ state: ArticleReadingState) {
    if let last = lastBlockID, !last.lexicographicallyPrecedes(id) {
      let text = String(decoding: id, as: UTF8.self)
      update(text) { $0 = state }
      return
    }
    guard idBytes.count + id.count <= Int(UInt32.max) else {
      added[String(decoding: id, as: UTF8.self)] = state
      return
    }
    idBytes.append(contentsOf: id)
    idEnds.append(UInt32(idBytes.count))
    blockStates.append(state)
  }

  /// Gives back the block's spare capacity once everything is loaded.
  mutating func finishLoading() {
    idBytes = Array(idBytes)
    idEnds = Array(idEnds)
    blockStates = Array(blockStates)
  }

  /// The number of ids with a state.
  public var count: Int { blockStates.count + added.count }

  /// Whether no id has a state.
  public var isEmpty: Bool { count == 0 }

  /// The state of `id`, or nil when it has none.
  public subscript(id: String) -> ArticleReadingState? {
    if let position = blockPosition(of: id) { return blockStates[position] }
    return added.isEmpty ? nil : added[id]
  }

  /// Changes the state of `id` (created empty when it has none) with `body`.
  @discardableResult
  public mutating func update<Result>(
    _ id: String, _ body: (inout ArticleReadingState) -> Result
  ) -> Result {
    if let position = blockPosition(of: id) { return body(&blockStates[position]) }
    return body(&added[id, default: ArticleReadingState()])
  }

  /// Every id and its state, ordered by the ids' bytes.
  public func sorted() -> [(String, ArticleReadingState)] {
    var result: [(String, ArticleReadingState)] = []
    result.reserveCapacity(count)
    var start = 0
    for (position, end) in idEnds.enumerated() {
      let id = String(decoding: idBytes[start..<Int(end)], as: UTF8.self)
      result.append((id, blockStates[position]))
      start = Int(end)
    }
    guard !added.isEmpty else { return result }
    result += added.map { ($0.key, $0.value) }
    result.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
    return result
  }

  /// The last id of the block.
  private var lastBlockID: ArraySlice<UInt8>? {
    guard let end = idEnds.last else { return nil }
    let start = idEnds.count > 1 ? Int(idEnds[idEnds.count - 2]) : 0
    return idBytes[start..<Int(end)]
  }

  /// The block position of `id`, found by binary search over the packed ids.
  private func blockPosition(of id: String) -> Int? {
    guard !idEnds.isEmpty else { return nil }
    var id = id
    return id.withUTF8 { key in
      idBytes.withUnsafeBufferPointer { bytes in
        var low = 0
        var high = idEnds.count
        while low < high {
          let middle = (low + high) / 2
          let start = middle == 0 ? 0 : Int(idEnds[middle - 1])
          let end = Int(idEnds[middle])
          let order = Self.compare(
            UnsafeBufferPointer(rebasing: bytes[start..<end]), key)
          if order == 0 { return middle }
          if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
      }
    }
  }

  /// The byte order of two ids, as `memcmp` and SQLite's BINARY collation give it.
  private static func compare(
    _ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>
  )
    -> Int
  {
    let common = min(left.count, right.count)
    if common > 0, let a = left.baseAddress, let b = right.baseAddress {
      let order = memcmp(a, b, common)
      if order != 0 { return Int(order) }
    }
    return left.count - right.count
  }
}
