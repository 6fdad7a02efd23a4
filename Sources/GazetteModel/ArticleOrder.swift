/// The order of the article list: newest first, undated last, then by id.
///
/// Ids compare by their UTF-8 bytes, which for NFC text (all loaded ids are NFC) is the same
/// order as `String`'s `<` and much faster.
public enum ArticleOrder {
  /// Whether `lhs` comes before `rhs` in the list.
  public static func areInIncreasingOrder(_ lhs: Article, _ rhs: Article) -> Bool {
    switch (lhs.published, rhs.published) {
    case (let l?, let r?):
      if l.sortKey != r.sortKey { return l.sortKey > r.sortKey }
    case (.some, nil): return true
    case (nil, .some): return false
    case (nil, nil): break
    }
    return idPrecedes(lhs.id, rhs.id)
  }

  /// `articles` in list order; the same order as sorting with `areInIncreasingOrder`, faster.
  public static func sorted(_ articles: [Article]) -> [Article] {
    var copy = articles
    sort(&copy)
    return copy
  }

  /// Puts `articles` in list order in place, without a second copy of the array.
  public static func sort(_ articles: inout [Article]) {
    guard articles.count > 1 else { return }
    // Keys computed once per article: the date, then the id's first 8 bytes as a number.
    struct Key {
      var date: Int64
      var idPrefix: UInt64
      var index: Int
    }
    var keys: [Key] = []
    keys.reserveCapacity(articles.count)
    for (index, article) in articles.enumerated() {
      let date = article.published.map { Int64.max - $0.sortKey } ?? Int64.max
      keys.append(Key(date: date, idPrefix: prefixKey(article.id), index: index))
    }
    articles.withUnsafeBufferPointer { list in
      keys.sort { a, b in
        if a.date != b.date { return a.date < b.date }
        if a.idPrefix != b.idPrefix { return a.idPrefix < b.idPrefix }
        return idPrecedes(list[a.index].id, list[b.index].id)
      }
    }
    // Apply the permutation cycle by cycle: position i receives the article at source[i].
    var source = keys.map(\.index)
    keys = []
    for start in source.indices where source[start] != start && source[start] >= 0 {
      let saved = articles[start]
      var target = start
      while true {
        let from = source[target]
        source[target] = -1
        if from == start {
          articles[target] = saved
          break
        }
        articles[target] = articles[from]
        target = from
      }
    }
  }

  /// Whether `lhs` sorts before `rhs` by UTF-8 bytes.
  static func idPrecedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  /// The first 8 UTF-8 bytes of `id`, big-endian, zero-padded: orders like the bytes do.
  private static func prefixKey(_ id: String) -> UInt64 {
    var key: UInt64 = 0
    var count = 0
    for byte in id.utf8 {
      key = key << 8 | UInt64(byte)
      count += 1
      if count == 8 { break }
    }
    return key << (8 * UInt64(8 - count))
  }
}
