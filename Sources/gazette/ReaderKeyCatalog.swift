import GazetteConfig

/// The reader's commands and default keys as the config file names them.
///
/// The keys are those the reader answers to today (`KeyBinding.all` describes them); the
/// config file's bindings are checked against this list until the reader's key map supplies it.
enum ReaderKeyCatalog {
  /// The contexts a key works in: the list, the reader pane, the source picker, the search
  /// prompt, and the help and problems overlays.
  static let contexts = ["list", "reader", "picker", "prompt", "overlay"]

  private static func command(
    _ name: String, _ context: String, _ keys: [String], _ summary: String
  ) -> KeyCommandCatalog.Command {
    KeyCommandCatalog.Command(
      name: name, context: context, defaultKeys: keys.map { try! KeyName(parsing: $0) },
      summary: summary)
  }

  /// Commands both panes have.
  private static func shared(_ context: String) -> [KeyCommandCatalog.Command] {
    [
      command("switch-focus", context, ["Tab", "BackTab"], "switch focus between list and reader"),
      command("search", context, ["/"], "search title, source and body"),
      command("pick-source", context, ["s"], "choose a source"),
      command("problems", context, ["!"], "list the load problems"),
      command("help", context, ["?"], "show the keys"),
      command("redraw", context, ["C-l"], "redraw the screen"),
      command("quit", context, ["q", "C-c"], "quit"),
    ]
  }

  /// The catalog the config file is checked against.
  static let catalog = KeyCommandCatalog(
    contexts: contexts,
    commands: [
      command("up", "list", ["Up", "k"], "previous article"),
      command("down", "list", ["Down", "j"], "next article"),
      command("page-up", "list", ["PageUp"], "a page up"),
      command("page-down", "list", ["PageDown"], "a page down"),
      command("first", "list", ["Home", "g"], "first article"),
      command("last", "list", ["End", "G"], "last article"),
      command("open", "list", ["Enter", "Right", "l"], "read the article (focus the reader)"),
    ] + shared("list") + [
      command("scroll-up", "reader", ["Up", "k"], "scroll up a line"),
      command("scroll-down", "reader", ["Down", "j"], "scroll down a line"),
      command("page-up", "reader", ["PageUp", "b"], "a page up"),
      command("page-down", "reader", ["PageDown"], "a page down"),
      command(
        "page-down-or-next", "reader", ["Space"], "a page down; at the end, the next article"),
      command("top", "reader", ["Home", "g"], "top of the article"),
      command("end", "reader", ["End", "G"], "end of the article"),
      command("back", "reader", ["Left", "h", "Escape"], "back to the list"),
      command("next-match", "reader", ["n"], "next match in the article"),
      command("previous-match", "reader", ["N"], "previous match in the article"),
    ] + shared("reader") + [
      command("up", "picker", ["Up"], "previous source"),
      command("down", "picker", ["Down"], "next source"),
      command("pick", "picker", ["Enter"], "show the chosen source"),
      command("cancel", "picker", ["Escape"], "close the picker"),
      command("delete-character", "picker", ["Backspace"], "delete a typed character"),
      command("clear", "picker", ["C-u"], "clear what was typed"),
      command("accept", "prompt", ["Enter"], "keep the search"),
      command("cancel", "prompt", ["Escape"], "clear the search"),
      command("delete-character", "prompt", ["Backspace"], "delete a character"),
      command("clear", "prompt", ["C-u"], "clear the prompt"),
      command("up", "overlay", ["Up", "k"], "scroll up"),
      command("down", "overlay", ["Down", "j"], "scroll down"),
      command("page-up", "overlay", ["PageUp", "b"], "a page up"),
      command("page-down", "overlay", ["PageDown", "Space"], "a page down"),
      command("top", "overlay", ["Home", "g"], "the top"),
      command("end", "overlay", ["End", "G"], "the end"),
      command("close", "overlay", ["Escape", "q"], "close the overlay"),
    ])
}
