import GazetteConfig
import GazetteTerminal

/// The reader's commands and default keys, as the config file names and checks them.
///
/// A copy of the reader's key map (`KeyMap.default` in GazetteUI, which keeps it internal) in
/// the config side's terms: the same contexts, command names, keys and help lines.
/// `ReaderKeyCatalogTests` compares it with the command table docs/keys.md prints from the key
/// map, so the two cannot drift apart.
enum ReaderKeyCatalog {
  /// The contexts a key works in: the list, the reader pane, the source picker, the search
  /// prompt, and the help and problems overlays.
  static let contexts = ["list", "reader", "picker", "prompt", "overlay"]

  private typealias Entry = (name: String, keys: [Key], summary: String)

  /// What each command does, as the help says it.
  private static let summaries: [String: String] = [
    "up": "move up: a row in the list or the picker, a line in the reader or an overlay",
    "down": "move down: a row in the list or the picker, a line in the reader or an overlay",
    "page-up":
      "page up the focused pane (the list, from the prompt), an overlay or the picker",
    "page-down":
      "page down the focused pane (the list, from the prompt), an overlay or the picker",
    "top": "first row, or top of the article or the overlay",
    "bottom": "last row, or end of the article or the overlay",
    "reader-page-up": "page the reader up, from either pane",
    "reader-page-down":
      "page the reader down, from either pane; at the end, open the next article",
    "focus-reader": "read the article (focus the reader)",
    "focus-list": "back to the list",
    "toggle-focus": "switch focus between list and reader",
    "search": "search title, source and body",
    "next-match": "next match in the article",
    "previous-match": "previous match in the article",
    "pick-source": "choose a source",
    "show-problems": "list the load problems",
    "show-help": "show the keys",
    "open-url": "open the article's URL in the browser ($BROWSER, else xdg-open)",
    "copy-url": "copy the article's URL to the clipboard (OSC 52)",
    "save-article": "save the article as a text file (asks for the path)",
    "pipe-article": "pipe the article's text into a shell command",
    "accept": "keep the search, show the chosen source, or run the prompt",
    "cancel": "clear the search, close the picker or a prompt without changing anything",
    "close":
      "close the load problems (the help closes on any key that does not scroll it)",
    "delete-character": "delete the last character typed",
    "clear-text": "clear what was typed",
    "redraw": "redraw the screen",
    "quit": "quit",
  ]

  /// The commands of each context with their keys, in the key map's order.
  private static let bindings: [(context: String, commands: [(String, [Key])])] = {
    let pane: [(String, [Key])] = [
      ("up", [.up, .character("k")]),
      ("down", [.down, .character("j")]),
      ("page-up", [.pageUp]),
      ("page-down", [.pageDown]),
      ("reader-page-down", [.character(" ")]),
      ("reader-page-up", [.character("b")]),
      ("top", [.home, .character("g")]),
      ("bottom", [.end, .character("G")]),
      ("focus-reader", [.enter, .right, .character("l")]),
      ("focus-list", [.left, .character("h"), .escape]),
      ("toggle-focus", [.tab, .backTab]),
      ("search", [.character("/")]),
      ("next-match", [.character("n")]),
      ("previous-match", [.character("N")]),
      ("pick-source", [.character("s")]),
      ("show-problems", [.character("!")]),
      ("show-help", [.character("?")]),
      ("open-url", [.character("o")]),
      ("copy-url", [.character("y")]),
      ("save-article", [.character("S")]),
      ("pipe-article", [.character("|")]),
      ("redraw", [.control("l")]),
      ("quit", [.character("q"), .control("c")]),
    ]
    let prompt: [(String, [Key])] = [
      ("delete-character", [.backspace, .delete]),
      ("clear-text", [.control("u")]),
      ("accept", [.enter]),
      ("cancel", [.escape]),
      ("up", [.up]),
      ("down", [.down]),
      ("page-up", [.pageUp]),
      ("page-down", [.pageDown]),
      ("redraw", [.control("l")]),
    ]
    let picker: [(String, [Key])] =
      Array(prompt.dropLast()) + [
        ("top", [.home]), ("bottom", [.end]), ("redraw", [.control("l")]),
      ]
    let overlay: [(String, [Key])] = [
      ("up", [.up, .character("k")]),
      ("down", [.down, .character("j")]),
      ("page-up", [.pageUp, .character("b")]),
      ("page-down", [.pageDown, .character(" ")]),
      ("top", [.home, .character("g")]),
      ("bottom", [.end, .character("G")]),
      ("close", [.escape, .character("q"), .character("!"), .enter]),
      ("redraw", [.control("l")]),
    ]
    return [
      ("list", pane), ("reader", pane), ("picker", picker), ("prompt", prompt),
      ("overlay", overlay),
    ]
  }()

  /// The catalog the config file is checked against.
  static let catalog = KeyCommandCatalog(
    contexts: contexts,
    commands: bindings.flatMap { context, commands in
      commands.map { name, keys in
        KeyCommandCatalog.Command(
          name: name, context: context, defaultKeys: keys, summary: summaries[name] ?? "")
      }
    })
}
