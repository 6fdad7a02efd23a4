/// The reader's layout settings: how wide the list is beside the reader, from which width the
/// panes go side by side, and how wide article text may run.
public struct PaneLayout: Hashable, Sendable {
  /// How wide the list is when the panes are side by side.
  public enum ListWidth: Hashable, Sendable {
    /// A fixed number of columns.
    case columns(Int)
    /// A share of the terminal's width, in percent.
    case percent(Int)
  }

  /// The list's width side by side.
  public var listWidth: ListWidth
  /// The narrowest terminal that puts the panes side by side; narrower ones stack them.
  public var sideBySideMinimumWidth: Int
  /// The widest a line of article text gets (0: the whole pane), so that lines stay readable
  /// on a wide terminal.
  public var maxTextWidth: Int

  /// Creates layout settings.
  public init(
    listWidth: ListWidth = .percent(40), sideBySideMinimumWidth: Int = 100,
    maxTextWidth: Int = 100
  ) {
    self.listWidth = listWidth
    self.sideBySideMinimumWidth = sideBySideMinimumWidth
    self.maxTextWidth = maxTextWidth
  }

  /// 40% list, side by side from 100 columns, text at most 100 columns wide.
  public static let standard = PaneLayout()

  /// The list's width on a terminal `totalWidth` wide: at least 1 column, and leaving the
  /// reader at least 20 (or half the terminal, when that is less).
  func listColumns(of totalWidth: Int) -> Int {
    let wanted: Int
    switch listWidth {
    case .columns(let columns): wanted = columns
    case .percent(let percent): wanted = totalWidth * percent / 100
    }
    let readerRoom = min(20, totalWidth / 2)
    return max(1, min(wanted, totalWidth - 1 - readerRoom))
  }
}
