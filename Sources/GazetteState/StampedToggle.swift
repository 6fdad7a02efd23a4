/// A yes/no piece of reading state (read, flagged) with the time it was last set.
///
/// Two copies of one article's state (two readers, two machines) are merged field by field:
/// the later change wins. At the same millisecond "on" wins (read over unread, flagged over
/// not), so merging is the same whichever side merges into which.
public struct StampedToggle: Hashable, Sendable {
  /// Whether the state is on (read, or flagged).
  public var isOn: Bool
  /// When it was last set, on or off.
  public var changedAt: StateTime

  /// Creates a value set to `isOn` at `changedAt`.
  public init(isOn: Bool, changedAt: StateTime) {
    self.isOn = isOn
    self.changedAt = changedAt
  }

  /// Whether this change replaces `other` under the merge rule (a missing one always loses).
  public func wins(over other: StampedToggle?) -> Bool {
    guard let other else { return true }
    if changedAt != other.changedAt { return changedAt > other.changedAt }
    return isOn && !other.isOn
  }
}
