/// An order of the article list: by date (the default), source, title or views, and reversed.
///
/// **Collation.** Titles and sources compare by their search folding (case, and fullwidth and
/// halfwidth forms, folded as a search folds them: `Ａ` = `A`, `ｶ` = `カ`), then by Unicode
/// code point. For CJK text that is the order of the code charts: kana in gojūon order
/// (hiragana before katakana), Hangul syllables in dictionary (가나다) order, and Han
/// characters in the radical-stroke order of the Unified Ideographs block, which is the order
/// of a character dictionary, not of readings (no locale's pronunciation order is attempted).
/// It is stable across locales and machines, unlike `strcoll`.
///
/// **Ties and missing values.** Articles without the field (no source, no views, undated)
/// come last whichever way the order runs; ties keep the default order (newest first, then
/// by id), so every order is total and stable.
public struct ArticleSortOrder: Hashable, Sendable, CustomStringConvertible {
  /// What the list is sorted by.
  public enum Field: String, CaseIterable, Hashable, Sendable {
    /// Newest first.
    case date
    /// Source name, A to Z.
    case source
    /// Title, A to Z.
    case title
    /// Most viewed first.
    case views
  }

  /// What the list is sorted by.
  public var field: Field
  /// Whether the field's natural order is turned round (missing values stay last).
  public var reversed: Bool

  /// Creates an order.
  public init(field: Field = .date, reversed: Bool = false) {
    self.field = field
    self.reversed = reversed
  }

  /// Newest first.
  public static let standard = ArticleSortOrder()

  /// `date`, or `date reversed`: what the header and `list` say.
  public var description: String { reversed ? "\(field.rawValue) reversed" : field.rawValue }

  /// The next field in `Field.allCases` (after `views` comes `date`), keeping `reversed`.
  public var nextField: ArticleSortOrder {
    let all = Field.allCases
    let index = all.firstIndex(of: field) ?? 0
    return ArticleSortOrder(field: all[(index + 1) % all.count], reversed: reversed)
  }

  /// Whether the order needs collation keys (`collationKey(of:)`) for its comparisons.
  public var usesCollationKeys: Bool { field == .title || field == .source }

  /// What titles or sources compare by: their folded UTF-8 bytes (nil for a missing source,
  /// or when the order is by date or views).
  public func collationKey(of article: Article) -> [UInt8]? {
    switch field {
    case .title: return SearchFolding.fold(article.title)
    case .source: return article.source.map(SearchFolding.fold)
    case .date, .views: return nil
    }
  }

  /// Whether `lhs` comes before `rhs`; `lhsKey` and `rhsKey` are their `collationKey`s.
  public func areInIncreasingOrder(
    _ lhs: Article, _ lhsKey: [UInt8]?, _ rhs: Article, _ rhsKey: [UInt8]?
  ) -> Bool {
    switch field {
    case .date:
      if !reversed { return ArticleOrder.areInIncreasingOrder(lhs, rhs) }
      switch (lhs.published, rhs.published) {
      case (let l?, let r?) where l.sortKey != r.sortKey: return l.sortKey < r.sortKey
      case (.some, nil): return true
      case (nil, .some): return false
      default: break
      }
    case .views:
      switch (lhs.views, rhs.views) {
      case (let l?, let r?) where l != r: return reversed ? l < r : l > r
      case (.some, nil): return true
      case (nil, .some): return false
      default: break
      }
    case .title, .source:
      switch (lhsKey, rhsKey) {
      case (let l?, let r?) where l != r:
        return reversed ? r.lexicographicallyPrecedes(l) : l.lexicographicallyPrecedes(r)
      case (.some, nil): return true
      case (nil, .some): return false
      default: break
      }
    }
    return ArticleOrder.areInIncreasingOrder(lhs, rhs)
  }

  /// `articles` in this order.
  public func sorted(_ articles: [Article]) -> [Article] {
    guard self != .standard else { return ArticleOrder.sorted(articles) }
    let keys = articles.map(collationKey(of:))
    return articles.indices.sorted {
      areInIncreasingOrder(articles[$0], keys[$0], articles[$1], keys[$1])
    }.map { articles[$0] }
  }
}
