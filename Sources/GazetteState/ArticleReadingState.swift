/// What Gazette remembers about one article: read, flagged, and when it was first seen.
public struct ArticleReadingState: Hashable, Sendable {
  /// Read or unread, with the time of the change; `nil` when never set (unread).
  public var read: StampedToggle?
  /// Flagged ("keep for later") or not, with the time of the change; `nil` when never set.
  public var flagged: StampedToggle?
  /// When a reader run first listed the article; `nil` when no run has yet.
  public var firstSeen: StateTime?

  /// Creates a state; every field defaults to "never set".
  public init(
    read: StampedToggle? = nil, flagged: StampedToggle? = nil, firstSeen: StateTime? = nil
  ) {
    self.read = read
    self.flagged = flagged
    self.firstSeen = firstSeen
  }

  /// Whether the article is read.
  public var isRead: Bool { read?.isOn ?? false }

  /// Whether the article is flagged.
  public var isFlagged: Bool { flagged?.isOn ?? false }

  /// Whether no field was ever set.
  public var isEmpty: Bool { read == nil && flagged == nil && firstSeen == nil }

  /// Merges `other` in, field by field; returns whether anything changed.
  ///
  /// The later read and flag change win; the earlier first sighting wins.
  @discardableResult
  public mutating func merge(_ other: ArticleReadingState) -> Bool {
    var changed = false
    if let incoming = other.read, incoming.wins(over: read), incoming != read {
      read = incoming
      changed = true
    }
    if let incoming = other.flagged, incoming.wins(over: flagged), incoming != flagged {
      flagged = incoming
      changed = true
    }
    if let incoming = other.firstSeen, firstSeen.map({ incoming < $0 }) ?? true {
      firstSeen = incoming
      changed = true
    }
    return changed
  }
}
