/// Where the reader puts its panes and how wide its text runs.
public struct LayoutSettings: Hashable, Sendable {
  /// The list's width when the panes are side by side.
  public var listWidth: ListWidth
  /// The narrowest terminal that puts the panes side by side (narrower ones stack them).
  public var sideBySideMinimumWidth: Int
  /// The widest a line of article text gets, so lines stay readable on a wide terminal;
  /// 0 lets text fill the pane.
  public var maxTextWidth: Int

  /// Creates layout settings.
  public init(listWidth: ListWidth, sideBySideMinimumWidth: Int, maxTextWidth: Int) {
    self.listWidth = listWidth
    self.sideBySideMinimumWidth = sideBySideMinimumWidth
    self.maxTextWidth = maxTextWidth
  }

  /// The reader's layout without a config file: 40% list, side by side from 100 columns,
  /// text at most 100 columns wide.
  public static let defaults = LayoutSettings(
    listWidth: .percent(40), sideBySideMinimumWidth: 100, maxTextWidth: 100)

  /// The width article text gets in a pane `paneWidth` columns wide.
  public func textWidth(inPane paneWidth: Int) -> Int {
    maxTextWidth > 0 ? min(paneWidth, maxTextWidth) : paneWidth
  }
}
