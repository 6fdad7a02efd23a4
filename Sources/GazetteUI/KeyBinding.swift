/// One line of the key help: the keys and what they do.
struct KeyBinding: Hashable, Sendable {
  /// The keys, as the user reads them (`↑ ↓ k j`).
  var keys: String
  /// What they do.
  var action: String

  /// Creates a line of help.
  init(_ keys: String, _ action: String) {
    self.keys = keys
    self.action = action
  }

  /// Every key of the reader, in the order the `?` overlay and `docs/keys.md` list them.
  static let all: [KeyBinding] = [
    KeyBinding("↑ ↓  k j", "move in the list, or scroll the reader by a line"),
    KeyBinding("PgUp PgDn", "page the focused pane"),
    KeyBinding("Space", "page the reader down; at the end, open the next article"),
    KeyBinding("b", "page the reader up"),
    KeyBinding("Home End  g G", "first / last row, or top / end of the article"),
    KeyBinding("Enter → l", "read the article (focus the reader)"),
    KeyBinding("← h Esc", "back to the list"),
    KeyBinding("Tab", "switch focus between list and reader"),
    KeyBinding("/", "search title, source and body (Enter keeps, Esc clears)"),
    KeyBinding("n N", "next / previous match in the article"),
    KeyBinding("s", "choose a source (type to narrow, Enter picks)"),
    KeyBinding("!", "list the load problems (Esc closes)"),
    KeyBinding("?", "this help (scroll keys scroll it, any other key closes)"),
    KeyBinding("Ctrl-L", "redraw the screen"),
    KeyBinding("q", "quit"),
    KeyBinding("Backspace Ctrl-U", "in a prompt: delete a character / clear"),
    KeyBinding("mouse wheel", "scroll the pane under the pointer"),
    KeyBinding("click", "select a row, or focus the reader"),
  ]
}
