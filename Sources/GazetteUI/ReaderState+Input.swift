import GazetteModel
import GazetteTerminal

extension ReaderState {
  /// Handles a terminal event.
  mutating func handle(_ event: TerminalEvent) -> [ReaderEffect] {
    switch event {
    case .key(let key):
      message = nil
      return handle(key)
    case .mouse(let mouse):
      handle(mouse)
      return []
    case .resize(let newSize):
      resize(to: newSize)
      return []
    case .redraw:
      return [.redrawScreen]
    case .terminate(let signal):
      return [.exit(.signal(signal))]
    case .endOfInput:
      return [.exit(.endOfInput)]
    }
  }

  /// Where keys are read now: the open overlay, the search prompt, or the focused pane.
  var keyContext: KeyContext {
    switch overlay {
    case .sourcePicker?: return .picker
    case .help?, .problems?: return .overlay
    case nil: return prompt != nil ? .prompt : (focus == .list ? .list : .reader)
    }
  }

  /// Routes a key, through the key map, to the open overlay, the search prompt, or the panes.
  mutating func handle(_ key: Key) -> [ReaderEffect] {
    let context = keyContext
    let command = keyMap.command(for: key, in: context)
    if command == .redraw { return [.redrawScreen] }
    switch context {
    case .list, .reader:
      guard let command else { return [] }
      return perform(command)
    case .prompt:
      return handlePromptKey(key, command: command)
    case .picker:
      guard case .sourcePicker(var picker) = overlay else { return [] }
      return handle(key, command: command, in: &picker)
    case .overlay:
      handleOverlayKey(command)
      return []
    }
  }

  // MARK: - Panes

  /// Runs a command of the list or the reader pane.
  private mutating func perform(_ command: Command) -> [ReaderEffect] {
    switch command {
    case .quit:
      return [.exit(.quit)]
    case .showHelp:
      overlay = .help(top: 0)
    case .showProblems:
      overlay = .problems(top: 0)
    case .search:
      prompt = SearchPrompt(text: query.search.text)
    case .pickSource:
      var picker = SourcePicker()
      refreshChoices(of: &picker, resetSelection: true)
      if query.sources.count == 1, let current = query.sources.first,
        let found = picker.choices.firstIndex(where: { ($0.name ?? "") == current })
      {
        picker.selected = found + 1
      }
      overlay = .sourcePicker(picker)
    case .toggleFocus:
      setFocus(focus == .list ? .reader : .list)
    case .focusReader:
      setFocus(.reader)
    case .focusList:
      setFocus(.list)
    case .nextMatch:
      jumpToMatch(by: 1)
    case .previousMatch:
      jumpToMatch(by: -1)
    case .up:
      focus == .list ? select(row: list.selectedRow - 1) : userScrollsReader(by: -1)
    case .down:
      focus == .list ? select(row: list.selectedRow + 1) : userScrollsReader(by: 1)
    case .pageUp:
      focus == .list ? pageList(by: -1) : userScrollsReader(by: -readerPage)
    case .pageDown:
      focus == .list ? pageList(by: 1) : userScrollsReader(by: readerPage)
    case .readerPageUp:
      userScrollsReader(by: -readerPage)
    case .readerPageDown:
      pageReaderOrAdvance()
    case .top:
      focus == .list ? select(row: 0) : userScrollsReader(by: -reader.top)
    case .bottom:
      if focus == .list {
        select(row: rowCount - 1)
      } else {
        userScrollsReader(by: readerMaxTop - reader.top)
        // The end of a document still being wrapped is not known yet: go there on arrival.
        if isLayingOutShownDocument { reader.pendingEnd = true }
      }
    case .accept, .cancel, .close, .deleteCharacter, .clearText, .redraw:
      break
    }
    return []
  }
  private mutating func setFocus(_ newFocus: Focus) {
    focus = newFocus
    list.userMoved = true
  }

  private mutating func userScrollsReader(by delta: Int) {
    list.userMoved = true
    reader.pendingEnd = false
    scrollReader(by: delta)
  }

  private mutating func pageList(by pages: Int) {
    let delta = pages * listPage
    list.top += delta
    select(row: list.selectedRow + delta)
  }

  /// Space: pages the reader; at the end of the article, opens the next one (as in mutt).
  private mutating func pageReaderOrAdvance() {
    guard let document, document.phase != .loading else { return }
    if reader.top < readerMaxTop {
      userScrollsReader(by: readerPage)
    } else if list.selectedRow + 1 < rowCount {
      select(row: list.selectedRow + 1)
    }
  }

  /// Moves to the next (`delta` 1) or previous (-1) match and scrolls it into view.
  private mutating func jumpToMatch(by delta: Int) {
    guard !query.search.isEmpty else {
      message = "No search: press / to search"
      return
    }
    guard let document, !document.matches.isEmpty else {
      message = "No match in this article"
      return
    }
    list.userMoved = true
    let matches = document.matches
    let next: Int
    if let current = reader.currentMatch, current < matches.count {
      next = ((current + delta) % matches.count + matches.count) % matches.count
    } else if delta > 0 {
      next = matches.firstIndex { $0.line >= reader.top } ?? 0
    } else {
      next = matches.lastIndex { $0.line < reader.top + readerHeight } ?? matches.count - 1
    }
    reader.currentMatch = next
    let line = matches[next].line
    if line < reader.top || line >= reader.top + readerHeight {
      reader.top = min(max(0, line - min(2, readerHeight / 3)), readerMaxTop)
    }
    message = "match \(next + 1) of \(matches.count)"
  }

  // MARK: - Search prompt

  /// A key in the search prompt: a command, or a character typed into the search.
  private mutating func handlePromptKey(_ key: Key, command: Command?) -> [ReaderEffect] {
    guard var text = prompt?.text else { return [] }
    switch command {
    case .cancel?:
      prompt = nil
      return setSearch("")
    case .accept?:
      prompt = nil
      guard !query.search.isEmpty else { return [] }
      bodySearch.armed = true
      return continueBodySearch()
    case .deleteCharacter?:
      guard !text.isEmpty else { return [] }
      text.removeLast()
    case .clearText?:
      text = ""
    case .up?:
      select(row: list.selectedRow - 1)
      return []
    case .down?:
      select(row: list.selectedRow + 1)
      return []
    case .pageUp?:
      pageList(by: -1)
      return []
    case .pageDown?:
      pageList(by: 1)
      return []
    case nil:
      guard case .character(let character) = key else { return [] }
      text.append(character)
    case .some:
      return []
    }
    prompt = SearchPrompt(text: text)
    return setSearch(text)
  }

  // MARK: - Overlays

  /// A key in the help or the load problems: scroll keys scroll it; in the help any other
  /// key closes it (every key does when the help fits), in the problems `close` does.
  private mutating func handleOverlayKey(_ command: Command?) {
    let delta = command.flatMap { scrollDelta(for: $0, page: overlayPage) }
    switch overlay {
    case .help?:
      if overlayMaxTop > 0, let delta {
        scrollOverlay(by: delta)
      } else {
        overlay = nil
      }
    case .problems?:
      if command == .close {
        overlay = nil
      } else if let delta {
        scrollOverlay(by: delta)
      }
    case .sourcePicker?, nil:
      break
    }
  }

  /// A key in the source picker: a command, or a character typed to narrow the sources.
  private mutating func handle(
    _ key: Key, command: Command?, in picker: inout SourcePicker
  ) -> [ReaderEffect] {
    switch command {
    case .cancel?:
      overlay = nil
      return []
    case .accept?:
      overlay = nil
      var chosen: [String] = []
      if picker.selected > 0, picker.selected - 1 < picker.choices.count {
        chosen = [picker.choices[picker.selected - 1].name ?? ""]
      }
      guard chosen != query.sources else { return [] }
      query.sources = chosen
      return queryChanged()
    case .deleteCharacter?:
      guard !picker.filterText.isEmpty else { break }
      picker.filterText.removeLast()
      refreshChoices(of: &picker, resetSelection: true)
    case .clearText?:
      picker.filterText = ""
      refreshChoices(of: &picker, resetSelection: true)
    case nil:
      guard case .character(let character) = key else { return [] }
      picker.filterText.append(character)
      refreshChoices(of: &picker, resetSelection: true)
    case let command?:
      overlay = .sourcePicker(picker)
      if let delta = scrollDelta(for: command, page: overlayPage) { scrollOverlay(by: delta) }
      return []
    }
    overlay = .sourcePicker(picker)
    return []
  }

  /// Rows of the open overlay's list that are on screen.
  private var overlayVisibleRows: Int {
    switch overlay {
    case .help?:
      return OverlayGeometry.visibleRows(in: OverlayGeometry.help(in: size, lines: helpLines))
    case .problems?: return OverlayGeometry.visibleRows(in: OverlayGeometry.problems(in: size))
    case .sourcePicker?:
      return OverlayGeometry.visibleRows(
        in: OverlayGeometry.sourcePicker(in: size, rows: sources.count + 1), headerRows: 2)
    case nil: return 0
    }
  }

  /// How far a page moves in the open overlay: a screen less one row of overlap.
  private var overlayPage: Int { max(1, overlayVisibleRows - 1) }

  /// The largest first row the open help or problems list can show.
  private var overlayMaxTop: Int {
    switch overlay {
    case .help?: return max(0, helpLines.count - overlayVisibleRows)
    case .problems?: return max(0, loading.problems.count - overlayVisibleRows)
    case .sourcePicker?, nil: return 0
    }
  }

  /// Scrolls the open help or problems list by `delta` rows, or moves the picker's choice;
  /// used by the keys and the mouse wheel alike.
  private mutating func scrollOverlay(by delta: Int) {
    switch overlay {
    case .help(let top)?:
      overlay = .help(top: min(max(0, top + delta), overlayMaxTop))
    case .problems(let top)?:
      overlay = .problems(top: min(max(0, top + delta), overlayMaxTop))
    case .sourcePicker(var picker)?:
      picker.selected = min(max(0, picker.selected + delta), picker.rowCount - 1)
      overlay = .sourcePicker(picker)
    case nil:
      break
    }
  }

  /// How far a scrolling command moves a list in an overlay; `nil` for other commands.
  private func scrollDelta(for command: Command, page: Int) -> Int? {
    switch command {
    case .up: return -1
    case .down: return 1
    case .pageUp: return -page
    case .pageDown: return page
    case .top: return -Int(Int32.max)
    case .bottom: return Int(Int32.max)
    default: return nil
    }
  }

  // MARK: - Mouse and size

  private mutating func handle(_ mouse: MouseEvent) {
    let delta: Int
    switch mouse.kind {
    case .wheelUp: delta = -ReaderReducer.wheelStep
    case .wheelDown: delta = ReaderReducer.wheelStep
    case .click: delta = 0
    }
    if let overlay {
      if mouse.kind != .click {
        scrollOverlay(by: delta)
      } else if case .help = overlay {
        self.overlay = nil
      }
      return
    }
    let layout = self.layout
    let inList = layout.list.contains(column: mouse.x, row: mouse.y)
    let inReader = layout.reader.contains(column: mouse.x, row: mouse.y)
    switch mouse.kind {
    case .wheelUp, .wheelDown:
      if inList {
        list.top += delta
        clampListTop()
      } else if inReader {
        userScrollsReader(by: delta)
      }
    case .click:
      if inList {
        let row = list.top + (mouse.y - layout.list.y)
        if row < rowCount { select(row: row) }
        setFocus(.list)
      } else if inReader {
        setFocus(.reader)
      }
    }
  }

  /// Lays out for a new size, keeping the reader on the same text and the selection visible.
  mutating func resize(to newSize: GridSize) {
    let anchor = reader.pendingAnchor ?? document?.anchor(ofLine: reader.top)
    size = newSize
    refreshDocument()
    if let anchor, let document, document.article == reader.article {
      if document.phase == .loading, bodies.peek(document.article) != nil {
        // Being wrapped in the background: return to the same text when it arrives.
        reader.pendingAnchor = anchor
      } else {
        reader.top = document.line(containing: anchor)
        reader.pendingAnchor = nil
      }
    }
    if layout.arrangement != .tooSmall {
      reader.top = min(max(0, reader.top), readerMaxTop)
    }
    keepSelectionVisible()
  }
}
