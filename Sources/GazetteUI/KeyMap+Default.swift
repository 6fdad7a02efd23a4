import GazetteTerminal

extension KeyMap {
  /// The keys Gazette starts with (the table docs/keys.md shows).
  public static let `default` = KeyMap(
    bindings: paneBindings + promptBindings + pickerBindings + overlayBindings)

  /// A binding whose first `listed` keys are shown in the help (all of them by default).
  private static func bind(
    _ command: Command, _ context: KeyContext, _ keys: [Key], listed: Int? = nil
  ) -> Binding {
    Binding(command: command, context: context, keys: keys, listedKeys: listed ?? keys.count)
  }

  /// The list and the reader pane take the same keys; some act on the focused pane.
  private static let paneBindings: [Binding] = [KeyContext.list, .reader].flatMap { pane in
    [
      bind(.up, pane, [.up, .character("k")]),
      bind(.down, pane, [.down, .character("j")]),
      bind(.pageUp, pane, [.pageUp]),
      bind(.pageDown, pane, [.pageDown]),
      bind(.readerPageDown, pane, [.character(" ")]),
      bind(.readerPageUp, pane, [.character("b")]),
      bind(.top, pane, [.home, .character("g")]),
      bind(.bottom, pane, [.end, .character("G")]),
      bind(.focusReader, pane, [.enter, .right, .character("l")]),
      bind(.focusList, pane, [.left, .character("h"), .escape]),
      bind(.toggleFocus, pane, [.tab, .backTab], listed: 1),
      bind(.search, pane, [.character("/")]),
      bind(.nextMatch, pane, [.character("n")]),
      bind(.previousMatch, pane, [.character("N")]),
      bind(.pickSource, pane, [.character("s")]),
      bind(.cycleSort, pane, [.character("O")]),
      bind(.reverseSort, pane, [.character("~")]),
      bind(.showID, pane, [.character("I")]),
      bind(.toggleRead, pane, [.character("r")]),
      bind(.toggleFlag, pane, [.character("F")]),
      bind(.markAllRead, pane, [.character("A")]),
      bind(.cycleView, pane, [.character("v")]),
      bind(.nextUnread, pane, [.character("u")]),
      bind(.reload, pane, [.character("R")]),
      bind(.showProblems, pane, [.character("!")]),
      bind(.showHelp, pane, [.character("?")]),
      bind(.openURL, pane, [.character("o")]),
      bind(.copyURL, pane, [.character("y")]),
      bind(.saveArticle, pane, [.character("S")]),
      bind(.pipeArticle, pane, [.character("|")]),
      bind(.redraw, pane, [.control("l")]),
      bind(.quit, pane, [.character("q"), .control("c")], listed: 1),
    ]
  }

  /// In the search prompt letters are text; named keys edit it or move in the list.
  private static let promptBindings: [Binding] = [
    bind(.deleteCharacter, .prompt, [.backspace, .delete], listed: 1),
    bind(.clearText, .prompt, [.control("u")]),
    bind(.accept, .prompt, [.enter]),
    bind(.cancel, .prompt, [.escape]),
    bind(.up, .prompt, [.up]),
    bind(.down, .prompt, [.down]),
    bind(.pageUp, .prompt, [.pageUp]),
    bind(.pageDown, .prompt, [.pageDown]),
    bind(.redraw, .prompt, [.control("l")]),
  ]

  /// In the source picker letters are text too; named keys choose.
  private static let pickerBindings: [Binding] = [
    bind(.deleteCharacter, .picker, [.backspace, .delete], listed: 1),
    bind(.clearText, .picker, [.control("u")]),
    bind(.accept, .picker, [.enter]),
    bind(.toggleSource, .picker, [.character(" "), .tab]),
    bind(.cancel, .picker, [.escape]),
    bind(.up, .picker, [.up]),
    bind(.down, .picker, [.down]),
    bind(.pageUp, .picker, [.pageUp]),
    bind(.pageDown, .picker, [.pageDown]),
    bind(.top, .picker, [.home]),
    bind(.bottom, .picker, [.end]),
    bind(.redraw, .picker, [.control("l")]),
  ]

  /// The help and the load problems scroll; any other key closes the help.
  private static let overlayBindings: [Binding] = [
    bind(.up, .overlay, [.up, .character("k")]),
    bind(.down, .overlay, [.down, .character("j")]),
    bind(.pageUp, .overlay, [.pageUp, .character("b")]),
    bind(.pageDown, .overlay, [.pageDown, .character(" ")]),
    bind(.top, .overlay, [.home, .character("g")]),
    bind(.bottom, .overlay, [.end, .character("G")]),
    bind(.close, .overlay, [.escape, .character("q"), .character("!"), .enter]),
    bind(.redraw, .overlay, [.control("l")]),
  ]
}
