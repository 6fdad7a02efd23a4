/// What an import did, counted.
public struct ImportSummary: Sendable, Equatable {
  /// New files written.
  public var imported = 0
  /// Articles already imported, unchanged (and URLs not modified since the last import).
  public var unchanged = 0
  /// Files rewritten with `--update`.
  public var updated = 0
  /// Sources and articles skipped, by reason.
  public var skipped: [String: Int] = [:]
  /// Sources that failed.
  public var failed = 0
  /// Pinyin annotations removed.
  public var pinyinRemoved = 0
  /// Spam paragraphs removed.
  public var spamRemoved = 0
  /// Spam paragraphs kept with `--keep-suspect`.
  public var suspectsKept = 0
  /// Fields cut or left out to fit the format.
  public var fieldsChanged = 0

  /// Creates an empty summary.
  public init() {}

  /// How many were skipped in all.
  public var skippedCount: Int { skipped.values.reduce(0, +) }

  /// Counts `event`.
  public mutating func count(_ event: ImportEvent) {
    switch event {
    case .article(_, let cleaned, let outcome, _):
      switch outcome {
      case .imported: imported += 1
      case .unchanged: unchanged += 1
      case .updated: updated += 1
      case .skipped(_, let reason): skipped[reason, default: 0] += 1
      }
      if case .skipped = outcome { return }
      for fragment in cleaned.removed {
        switch fragment {
        case .pinyin(let annotations): pinyinRemoved += annotations.reduce(0) { $0 + $1.count }
        case .spam: spamRemoved += 1
        case .field: fieldsChanged += 1
        }
      }
      suspectsKept += cleaned.keptSuspects.count
    case .skipped(_, let reason): skipped[reason, default: 0] += 1
    case .failed: failed += 1
    case .notModified: unchanged += 1
    case .note: break
    }
  }
}
