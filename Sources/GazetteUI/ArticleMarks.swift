import GazetteState

/// What the list shows of an article's reading state: read, flagged, new.
///
/// One byte per article, kept by arrival index, so the list draws and the views filter
/// 100,000 articles without looking an id up in the store.
struct ArticleMarks: OptionSet, Hashable, Sendable {
  let rawValue: UInt8

  /// The article was read.
  static let read = ArticleMarks(rawValue: 1)
  /// The article is flagged ("keep for later").
  static let flagged = ArticleMarks(rawValue: 2)
  /// The article is new: unread, and first seen after the previous run began.
  static let new = ArticleMarks(rawValue: 4)

  /// Creates marks from their bits.
  init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// The marks of a stored state (`nil`: the store has none), where `previousRunStart`
  /// divides new from not, by the rule of `ReadingStateSnapshot.isNew`.
  init(_ state: ArticleReadingState?, previousRunStart: StateTime?) {
    var marks: ArticleMarks = []
    if state?.isRead == true { marks.insert(.read) }
    if state?.isFlagged == true { marks.insert(.flagged) }
    if let previousRunStart, !marks.contains(.read) {
      if let firstSeen = state?.firstSeen {
        if firstSeen > previousRunStart { marks.insert(.new) }
      } else {
        marks.insert(.new)
      }
    }
    self = marks
  }
}
