/// The order of the article list: a field, and whether it is reversed.
public struct SortOrder: Hashable, Sendable, CustomStringConvertible {
  /// What the list is sorted by.
  public enum Field: String, CaseIterable, Hashable, Sendable {
    /// Newest first, undated last.
    case date
    /// By source name, then newest first.
    case source
    /// By title.
    case title
    /// Most viewed first.
    case views
  }

  /// What the list is sorted by.
  public var field: Field
  /// Whether the natural order of `field` is turned round.
  public var reversed: Bool

  /// Creates an order.
  public init(field: Field, reversed: Bool = false) {
    self.field = field
    self.reversed = reversed
  }

  /// Newest first.
  public static let defaults = SortOrder(field: .date)

  /// `date`, or `date, reversed`: what the header shows.
  public var description: String { reversed ? "\(field.rawValue), reversed" : field.rawValue }
}
