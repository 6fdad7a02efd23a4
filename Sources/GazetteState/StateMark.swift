/// A change a user makes to articles: what `gazette mark` and the reader's keys do.
public enum StateMark: String, CaseIterable, Sendable {
  /// Mark as read.
  case read
  /// Mark as unread.
  case unread
  /// Flag ("keep for later").
  case flag
  /// Remove the flag.
  case unflag

  /// The state this mark sets, made at `time`.
  public func change(at time: StateTime) -> ArticleReadingState {
    switch self {
    case .read: ArticleReadingState(read: StampedToggle(isOn: true, changedAt: time))
    case .unread: ArticleReadingState(read: StampedToggle(isOn: false, changedAt: time))
    case .flag: ArticleReadingState(flagged: StampedToggle(isOn: true, changedAt: time))
    case .unflag: ArticleReadingState(flagged: StampedToggle(isOn: false, changedAt: time))
    }
  }
}
