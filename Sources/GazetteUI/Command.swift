/// Something a key can do in the reader, named so that a configuration file can bind it.
///
/// What a command does can depend on where it is read (`KeyContext`): `down` moves the list's
/// selection, scrolls the reader, scrolls an overlay or moves the picker's choice.
public enum Command: String, Hashable, Sendable, CaseIterable {
  case up
  case down
  case pageUp = "page-up"
  case pageDown = "page-down"
  case top
  case bottom
  case readerPageUp = "reader-page-up"
  case readerPageDown = "reader-page-down"
  case focusReader = "focus-reader"
  case focusList = "focus-list"
  case toggleFocus = "toggle-focus"
  case search
  case nextMatch = "next-match"
  case previousMatch = "previous-match"
  case pickSource = "pick-source"
  case showProblems = "show-problems"
  case showHelp = "show-help"
  case accept
  case cancel
  case close
  case deleteCharacter = "delete-character"
  case clearText = "clear-text"
  case redraw
  case quit

  /// The command's name in a configuration file and in docs/keys.md.
  public var name: String { rawValue }

  /// What the command does, in one line.
  public var help: String {
    switch self {
    case .up: return "move up: a row in the list or the picker, a line in the reader or an overlay"
    case .down:
      return "move down: a row in the list or the picker, a line in the reader or an overlay"
    case .pageUp:
      return "page up the focused pane (the list, from the prompt), an overlay or the picker"
    case .pageDown:
      return "page down the focused pane (the list, from the prompt), an overlay or the picker"
    case .top: return "first row, or top of the article or the overlay"
    case .bottom: return "last row, or end of the article or the overlay"
    case .readerPageUp: return "page the reader up, from either pane"
    case .readerPageDown:
      return "page the reader down, from either pane; at the end, open the next article"
    case .focusReader: return "read the article (focus the reader)"
    case .focusList: return "back to the list"
    case .toggleFocus: return "switch focus between list and reader"
    case .search: return "search title, source and body"
    case .nextMatch: return "next match in the article"
    case .previousMatch: return "previous match in the article"
    case .pickSource: return "choose a source"
    case .showProblems: return "list the load problems"
    case .showHelp: return "show the keys"
    case .accept: return "keep the search, or show the chosen source"
    case .cancel: return "clear the search, or close the picker without changing anything"
    case .close:
      return "close the load problems (the help closes on any key that does not scroll it)"
    case .deleteCharacter: return "delete the last character typed"
    case .clearText: return "clear what was typed"
    case .redraw: return "redraw the screen"
    case .quit: return "quit"
    }
  }
}
