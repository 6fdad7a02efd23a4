/// Something `gazette import` removed from or changed in an article, reported to the user.
public enum RemovedFragment: Sendable, Equatable {
  /// Pinyin annotations, with how many times each was removed, in order of first appearance.
  case pinyin([(annotation: PinyinAnnotation, count: Int)])
  /// A paragraph flagged as spam, its number (from 1) in the page and the rules it matched.
  case spam(paragraph: Int, text: String, rules: [SpamRule])
  /// A field cut or dropped to fit the article format's limits, with why.
  case field(String)

  /// Whether two fragments are the same removal.
  public static func == (lhs: RemovedFragment, rhs: RemovedFragment) -> Bool {
    switch (lhs, rhs) {
    case (.pinyin(let a), .pinyin(let b)):
      return a.map(\.annotation) == b.map(\.annotation) && a.map(\.count) == b.map(\.count)
    case (.spam(let a, let b, let c), .spam(let d, let e, let f)): return a == d && b == e && c == f
    case (.field(let a), .field(let b)): return a == b
    default: return false
    }
  }
}
