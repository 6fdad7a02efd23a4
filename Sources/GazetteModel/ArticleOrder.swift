/// The order of the article list: newest first, undated last, then by id.
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
    return lhs.id < rhs.id
  }
}
