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
      return resize(to: newSize)
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
    case nil:
      return prompt != nil || actionPrompt != nil ? .prompt : (focus == .list ? .list : .reader)
    }
  }

  /// Looks a key up in the key map and hands it to what has the keys.
  ///
  /// That is the open overlay, the search prompt, or the panes; each of them updates itself and says what happened.
  mutating func handle(_ key: Key) -> [ReaderEffect] {
    if confirmation != nil { return answerConfirmation(key) }
    let context = keyContext
    let command = keyMap.command(for: key, in: context)
    if command == .redraw { return [.redrawScreen] }
    switch overlay {
    case .sourcePicker(var picker)?:
      let outcome = picker.update(key, command: command, sources: sources.sorted, page: overlayPage)
      overlay = .sourcePicker(picker)
      return apply(outcome)
    case var open?:
      if open.update(command, maxTop: overlayMaxTop, page: overlayPage) == .closed {
        overlay = nil
      } else {
        overlay = open
      }
      return []
    case nil:
      break
    }
    if var actionPrompt {
      let outcome = actionPrompt.update(key, command: command)
      self.actionPrompt = actionPrompt
      return apply(outcome)
    }
    if var prompt {
      let outcome = prompt.update(key, command: command)
      self.prompt = prompt
      return apply(outcome)
    }
    guard let command else { return [] }
    return perform(command)
  }

  /// Acts on what a key did in the source picker.
  private mutating func apply(_ outcome: SourcePicker.Outcome) -> [ReaderEffect] {
    switch outcome {
    case .open:
      return []
    case .cancelled:
      overlay = nil
      return []
    case .chosen(let chosen):
      overlay = nil
      guard chosen != query.sources else { return [] }
      query.sources = chosen
      return queryChanged()
    }
  }

  /// Acts on what a key did in the search prompt.
  private mutating func apply(_ outcome: SearchPrompt.Outcome) -> [ReaderEffect] {
    switch outcome {
    case .edited:
      // Emptying the search brings back the article the search started from.
      if prompt?.text.isEmpty == true { list.wanted = prompt?.origin }
      return setSearch(prompt?.text ?? "")
    case .unchanged:
      return []
    case .cancelled:
      // Cancelling keeps the reader's place: the article the search started from.
      list.wanted = prompt?.origin
      prompt = nil
      return setSearch("")
    case .accepted:
      // A search that lists nothing keeps the article it began on for when it is cleared.
      if rowCount == 0 || filter.pending { list.wanted = prompt?.origin }
      prompt = nil
      guard !query.search.isEmpty else { return [] }
      bodySearch.armed = true
      return continueBodySearch()
    case .movesList(let command):
      _ = list.update(command, rows: rows, height: listHeight)
      return []
    }
  }

  // MARK: - Panes

  /// Runs a command of the list or the reader pane; movement acts on the focused pane.
  private mutating func perform(_ command: Command) -> [ReaderEffect] {
    if focus == .list, list.update(command, rows: rows, height: listHeight) == .moved {
      return []
    }
    let topBefore = reader.top
    switch command {
    case .quit:
      return [.exit(.quit)]
    case .showHelp:
      overlay = .help(top: 0)
    case .reload:
      return reloadByHand()
    case .showProblems:
      if loading.problems.isEmpty {
        message = loading.finished ? "No load problems" : "No load problems so far"
      } else {
        overlay = .problems(top: 0)
      }
    case .search:
      // An empty list still remembers the article the last search began on.
      let origin = rowCount == 0 ? list.wanted : list.selectedArticle
      prompt = SearchPrompt(text: query.search.text, origin: origin)
    case .cycleSort:
      return sort(by: store.sortOrder.nextField)
    case .reverseSort:
      var order = store.sortOrder
      order.reversed.toggle()
      return sort(by: order)
    case .showID:
      if let article = list.selectedArticle, rowCount > 0 {
        message = "id: \(store[article].id)  (gazette show \(store[article].id))"
      } else {
        message = "No article selected"
      }
    case .pickSource:
      overlay = .sourcePicker(SourcePicker(sources: sources.sorted, current: query.sources))
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
      userScrollsReader(by: -1)
    case .down:
      userScrollsReader(by: 1)
    case .pageUp, .readerPageUp:
      userScrollsReader(by: -readerPage)
    case .pageDown:
      userScrollsReader(by: readerPage)
    case .readerPageDown:
      pageReaderOrAdvance()
    case .top:
      userScrollsReader(by: -reader.top)
    case .bottom:
      userScrollsReader(by: readerMaxTop - reader.top)
      // The end of a document still being wrapped is not known yet: go there on arrival.
      if isLayingOutShownDocument { reader.pendingEnd = true }
    case .toggleRead:
      return toggleRead()
    case .toggleFlag:
      return toggleFlag()
    case .markAllRead:
      askToMarkAllRead()
    case .cycleView:
      return cycleView()
    case .nextUnread:
      selectNextUnread()
    case .openURL:
      return openURL()
    case .copyURL:
      return copyURL()
    case .saveArticle:
      askWhereToSave()
    case .pipeArticle:
      askWhichCommand()
    case .accept, .cancel, .close, .deleteCharacter, .clearText, .redraw, .toggleSource:
      break
    }
    return reader.top != topBefore ? readerScrolled() : []
  }

  /// Puts the list in `order`, keeping the selected article selected.
  mutating func sort(by order: ArticleSortOrder) -> [ReaderEffect] {
    guard store.sort(by: order) else { return [] }
    if let rows = filter.rows { filter.rows = store.sorted(rows) }
    // The selected article stays selected wherever the new order puts it.
    if list.selectedArticle != nil { list.userMoved = true }
    restoreSelection()
    message = "sorted by \(order)"
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

  // MARK: - Overlays

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
    case .help?:
      let box = OverlayGeometry.help(in: size, lines: helpLines)
      let rows = HelpOverlayView.rows(helpLines, width: OverlayGeometry.interior(of: box).width)
      return max(0, rows.count - overlayVisibleRows)
    case .problems?: return max(0, loading.problems.count - overlayVisibleRows)
    case .sourcePicker?, nil: return 0
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
    if var open = overlay {
      if mouse.kind != .click {
        open.scroll(by: delta, maxTop: overlayMaxTop)
        overlay = open
      } else if case .help = open {
        overlay = nil
      }
      return
    }
    let layout = self.layout
    let inList = layout.list.contains(column: mouse.x, row: mouse.y)
    let inReader = layout.reader.contains(column: mouse.x, row: mouse.y)
    switch mouse.kind {
    case .wheelUp, .wheelDown:
      if inList {
        list.scroll(by: delta, rowCount: rowCount, height: listHeight)
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

  /// Lays out for a new size, keeping the reader on the same text and the selection visible;
  /// returns the background work the new width needs.
  mutating func resize(to newSize: GridSize) -> [ReaderEffect] {
    let anchor = reader.pendingAnchor ?? document?.anchor(ofLine: reader.top)
    size = newSize
    let effects = refreshDocument()
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
    return effects
  }
}
