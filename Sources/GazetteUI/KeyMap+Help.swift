import GazetteTerminal

extension KeyMap {
  /// The help, line by line, with the keys this map binds.
  ///
  /// A line names one command (its keys: `Enter → l`) or a few related ones, whose keys are
  /// shown in columns (`↑ ↓  k j`: the first key of each, then the second of each). A line
  /// whose commands have no key left is left out.
  var helpLines: [HelpLine] {
    func keys(_ command: Command, _ context: KeyContext) -> String {
      listedKeys(for: command, in: context).map(\.name).joined(separator: " ")
    }
    func line(_ context: KeyContext, _ commands: [Command], _ action: String) -> HelpLine? {
      let listed = commands.map { listedKeys(for: $0, in: context).map(\.name) }
      let columns = (0..<(listed.map(\.count).max() ?? 0)).map { column in
        listed.compactMap { column < $0.count ? $0[column] : nil }.joined(separator: " ")
      }
      guard !columns.isEmpty else { return nil }
      let text =
        commands.count == 1 ? listed[0].joined(separator: " ") : columns.joined(separator: "  ")
      return HelpLine(keys: text, action: action)
    }
    let lines: [HelpLine?] = [
      line(.list, [.up, .down], "move in the list, or scroll the reader by a line"),
      line(.list, [.pageUp, .pageDown], "page the focused pane"),
      line(.list, [.readerPageDown], "page the reader down; at the end, open the next article"),
      line(.list, [.readerPageUp], "page the reader up"),
      line(.list, [.top, .bottom], "first / last row, or top / end of the article"),
      line(.list, [.focusReader], "read the article (focus the reader)"),
      line(.list, [.focusList], "back to the list"),
      line(.list, [.toggleFocus], "switch focus between list and reader"),
      line(
        .list, [.search],
        "search title, source and body (\(keys(.accept, .prompt)) keeps, "
          + "\(keys(.cancel, .prompt)) clears)"),
      line(.list, [.nextMatch, .previousMatch], "next / previous match in the article"),
      line(
        .list, [.pickSource],
        "choose sources (type to narrow, \(keys(.toggleSource, .picker)) marks, "
          + "\(keys(.accept, .picker)) shows)"),
      line(.list, [.cycleSort], "sort by date, source, title or views (the header says which)"),
      line(.list, [.reverseSort], "reverse the order"),
      line(.list, [.showID], "show the article's id, for gazette show"),
      line(
        .list, [.showProblems],
        "list the load problems (\(listedKeys(for: .close, in: .overlay).first?.name ?? "any key") closes)"
      ),
      line(.list, [.reload], "reload now (changes also show by themselves)"),
      line(.list, [.nextUnread], "next unread article (newest first, across sources)"),
      line(.list, [.toggleRead], "mark read / unread (shown 2 s or scrolled to its end: read)"),
      line(.list, [.toggleFlag], "flag / unflag (keep for later)"),
      line(.list, [.markAllRead], "mark every article in the list read (asks first)"),
      line(.list, [.cycleView], "show all / unread / flagged articles"),
      line(.list, [.openURL, .copyURL], "open the URL in the browser / copy it"),
      line(.list, [.saveArticle, .pipeArticle], "save the article as text / pipe it to a command"),
      line(.list, [.showHelp], "this help (scroll keys scroll it, any other key closes)"),
      line(.list, [.redraw], "redraw the screen"),
      line(.list, [.quit], "quit"),
      line(.prompt, [.deleteCharacter, .clearText], "in a prompt: delete a character / clear"),
      HelpLine(keys: "mouse wheel", action: "scroll the pane under the pointer"),
      HelpLine(keys: "click", action: "select a row, or focus the reader"),
    ]
    return lines.compactMap { $0 }
  }
}
