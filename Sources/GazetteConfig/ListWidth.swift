/// How wide the article list is when the panes are side by side.
public enum ListWidth: Hashable, Sendable, CustomStringConvertible {
  /// A fixed number of columns.
  case columns(Int)
  /// A share of the terminal's width, in percent (1–99).
  case percent(Int)

  /// The list's width on a terminal `totalWidth` columns wide, leaving the reader at least
  /// `minimumReader` columns and the list at least 1.
  public func columns(of totalWidth: Int, minimumReader: Int = 20) -> Int {
    let wanted: Int
    switch self {
    case .columns(let columns): wanted = columns
    case .percent(let percent): wanted = totalWidth * percent / 100
    }
    return max(1, min(wanted, totalWidth - minimumReader))
  }

  /// The form a config file uses: `48` or `"40%"`.
  public var description: String {
    switch self {
    case .columns(let columns): return "\(columns)"
    case .percent(let percent): return "\"\(percent)%\""
    }
  }
}
