/// What Gazette remembers about one article: read, flagged, and when it was first seen.
///
/// Kept as three integers (24 bytes, half of three optionals), since the store holds one per
/// article in memory: a toggle is its time in milliseconds times two plus one when on, and
/// `Int64.min` stands for "never set".
public struct ArticleReadingState: Hashable, Sendable {
  private var readCode: Int64
  private var flaggedCode: Int64
  private var firstSeenCode: Int64

  private static let unset = Int64.min

  /// Creates a state; every field defaults to "never set".
  public init(
    read: StampedToggle? = nil, flagged: StampedToggle? = nil, firstSeen: StateTime? = nil
  ) {
    readCode = Self.code(read)
    flaggedCode = Self.code(flagged)
    firstSeenCode = firstSeen?.milliseconds ?? Self.unset
  }

  /// Read or unread, with the time of the change; `nil` when never set (unread).
  public var read: StampedToggle? {
    get { Self.toggle(readCode) }
    set { readCode = Self.code(newValue) }
  }

  /// Flagged ("keep for later") or not, with the time of the change; `nil` when never set.
  public var flagged: StampedToggle? {
    get { Self.toggle(flaggedCode) }
    set { flaggedCode = Self.code(newValue) }
  }

  /// When a reader run first listed the article; `nil` when no run has yet.
  public var firstSeen: StateTime? {
    get { firstSeenCode == Self.unset ? nil : StateTime(milliseconds: firstSeenCode) }
    set { firstSeenCode = newValue?.milliseconds ?? Self.unset }
  }

  private static func code(_ toggle: StampedToggle?) -> Int64 {
    guard let toggle else { return unset }
    return toggle.changedAt.milliseconds &* 2 | (toggle.isOn ? 1 : 0)
  }

  private static func toggle(_ code: Int64) -> StampedToggle? {
    // An arithmetic shift: the time comes back for times before 1970 too.
    code == unset
      ? nil : StampedToggle(isOn: code & 1 == 1, changedAt: StateTime(milliseconds: code >> 1))
  }

  /// Whether the article is read.
  public var isRead: Bool { readCode != Self.unset && readCode & 1 == 1 }

  /// Whether the article is flagged.
  public var isFlagged: Bool { flaggedCode != Self.unset && flaggedCode & 1 == 1 }

  /// Whether no field was ever set.
  public var isEmpty: Bool {
    readCode == Self.unset && flaggedCode == Self.unset && firstSeenCode == Self.unset
  }

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
