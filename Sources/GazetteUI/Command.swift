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
  case toggleSource = "toggle-source"
  case cycleSort = "cycle-sort"
  case reverseSort = "reverse-sort"
  case showID = "show-id"
  case toggleRead = "toggle-read"
  case toggleFlag = "toggle-flag"
  case markAllRead = "mark-all-read"
  case cycleView = "cycle-view"
  case nextUnread = "next-unread"
  case reload
  case showProblems = "show-problems"
  case showHelp = "show-help"
  case openURL = "open-url"
  case copyURL = "copy-url"
  case saveArticle = "save-article"
  case pipeArticle = "pipe-article"
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
    case .toggleSource: return "in the source picker: add the source to the set, or take it out"
    case .cycleSort: return "sort by the next field: date, source, title, views"
    case .reverseSort: return "reverse the order"
    case .showID: return "show the article's id (the one `gazette show` takes)"
    case .toggleRead: return "mark the selected article read, or unread again"
    case .toggleFlag: return "flag the selected article (keep it for later), or remove the flag"
    case .markAllRead: return "mark every article in the list read (asks first, naming how many)"
    case .cycleView: return "show all articles, the unread ones, or the flagged ones"
    case .nextUnread: return "go to the next unread article (newest first, across sources)"
    case .reload:
      return "read the data directory again now (it is also followed live); clears the N new count"
    case .showProblems: return "list the load problems"
    case .showHelp: return "show the keys"
    case .openURL: return "open the article's URL in the browser ($BROWSER, else xdg-open)"
    case .copyURL: return "copy the article's URL to the clipboard (OSC 52)"
    case .saveArticle: return "save the article as a text file (asks for the path)"
    case .pipeArticle: return "pipe the article's text into a shell command"
    case .accept: return "keep the search, show the chosen source, or run the prompt"
    case .cancel:
      return "clear the search, close the picker or a prompt without changing anything"
    case .close:
      return "close the load problems (the help closes on any key that does not scroll it)"
    case .deleteCharacter: return "delete the last character typed"
    case .clearText: return "clear what was typed"
    case .redraw: return "redraw the screen"
    case .quit: return "quit"
    }
  }
}
