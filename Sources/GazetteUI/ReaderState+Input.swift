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

  /// Routes a key to the open overlay, the search prompt, or the panes.
  mutating func handle(_ key: Key) -> [ReaderEffect] {
    if key == .control("l") { return [.redrawScreen] }
    if let overlay { return handle(key, in: overlay) }
    if prompt != nil { return handlePromptKey(key) }
    return handlePaneKey(key)
  }

  // MARK: - Panes

  private mutating func handlePaneKey(_ key: Key) -> [ReaderEffect] {
    switch key {
    case .character("q"), .control("c"):
      return [.exit(.quit)]
    case .character("?"):
      overlay = .help(top: 0)
    case .character("!"):
      overlay = .problems(top: 0)
    case .character("/"):
      prompt = SearchPrompt(text: query.search.text)
    case .character("s"):
      var picker = SourcePicker()
      refreshChoices(of: &picker, resetSelection: true)
      if query.sources.count == 1, let current = query.sources.first,
        let found = picker.choices.firstIndex(where: { ($0.name ?? "") == current })
      {
        picker.selected = found + 1
      }
      overlay = .sourcePicker(picker)
    case .tab, .backTab:
      setFocus(focus == .list ? .reader : .list)
    case .enter, .right, .character("l"):
      setFocus(.reader)
    case .left, .character("h"), .escape:
      setFocus(.list)
    case .character("n"):
      jumpToMatch(by: 1)
    case .character("N"):
      jumpToMatch(by: -1)
    case .up, .character("k"):
      focus == .list ? select(row: list.selectedRow - 1) : userScrollsReader(by: -1)
    case .down, .character("j"):
      focus == .list ? select(row: list.selectedRow + 1) : userScrollsReader(by: 1)
    case .pageUp:
      focus == .list ? pageList(by: -1) : userScrollsReader(by: -readerPage)
    case .pageDown:
      focus == .list ? pageList(by: 1) : userScrollsReader(by: readerPage)
    case .character("b"):
      userScrollsReader(by: -readerPage)
    case .character(" "):
      pageReaderOrAdvance()
    case .home, .character("g"):
      focus == .list ? select(row: 0) : userScrollsReader(by: -reader.top)
    case .end, .character("G"):
      if focus == .list {
        select(row: rowCount - 1)
      } else {
        userScrollsReader(by: readerMaxTop - reader.top)
        // The end of a document still being wrapped is not known yet: go there on arrival.
        if isLayingOutShownDocument { reader.pendingEnd = true }
      }
    default:
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

  private mutating func handlePromptKey(_ key: Key) -> [ReaderEffect] {
    guard var text = prompt?.text else { return [] }
    switch key {
    case .escape:
      prompt = nil
      return setSearch("")
    case .enter:
      prompt = nil
      guard !query.search.isEmpty else { return [] }
      bodySearch.armed = true
      return continueBodySearch()
    case .backspace, .delete:
      guard !text.isEmpty else { return [] }
      text.removeLast()
    case .control("u"):
      text = ""
    case .character(let character):
      text.append(character)
    case .up:
      select(row: list.selectedRow - 1)
      return []
    case .down:
      select(row: list.selectedRow + 1)
      return []
    case .pageUp:
      pageList(by: -1)
      return []
    case .pageDown:
      pageList(by: 1)
      return []
    default:
      return []
    }
    prompt = SearchPrompt(text: text)
    return setSearch(text)
  }

  // MARK: - Overlays

  private mutating func handle(_ key: Key, in overlay: Overlay) -> [ReaderEffect] {
    switch overlay {
    case .help:
      // When the help fits, or the key does not scroll, the key closes it.
      if overlayMaxTop > 0, let delta = scrollDelta(for: key, page: overlayPage) {
        scrollOverlay(by: delta)
      } else {
        self.overlay = nil
      }
    case .problems:
      switch key {
      case .escape, .character("q"), .character("!"), .enter:
        self.overlay = nil
      default:
        if let delta = scrollDelta(for: key, page: overlayPage) { scrollOverlay(by: delta) }
      }
    case .sourcePicker(var picker):
      return handle(key, in: &picker)
    }
    return []
  }

  private mutating func handle(_ key: Key, in picker: inout SourcePicker) -> [ReaderEffect] {
    switch key {
    case .escape:
      overlay = nil
      return []
    case .enter:
      overlay = nil
      var chosen: [String] = []
      if picker.selected > 0, picker.selected - 1 < picker.choices.count {
        chosen = [picker.choices[picker.selected - 1].name ?? ""]
      }
      guard chosen != query.sources else { return [] }
      query.sources = chosen
      return queryChanged()
    case .backspace, .delete:
      guard !picker.filterText.isEmpty else { break }
      picker.filterText.removeLast()
      refreshChoices(of: &picker, resetSelection: true)
    case .control("u"):
      picker.filterText = ""
      refreshChoices(of: &picker, resetSelection: true)
    case .character(let character):
      picker.filterText.append(character)
      refreshChoices(of: &picker, resetSelection: true)
    default:
      overlay = .sourcePicker(picker)
      if let delta = scrollDelta(for: key, page: overlayPage, letters: false) {
        scrollOverlay(by: delta)
      }
      return []
    }
    overlay = .sourcePicker(picker)
    return []
  }

  /// Rows of the open overlay's list that are on screen.
  private var overlayVisibleRows: Int {
    switch overlay {
    case .help?: return OverlayGeometry.visibleRows(in: OverlayGeometry.help(in: size))
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
    case .help?: return max(0, KeyBinding.all.count - overlayVisibleRows)
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

  /// How far a scrolling key moves a list in an overlay; `nil` for other keys.
  ///
  /// With `letters` false only named keys scroll (letters are typed text in the picker).
  private func scrollDelta(for key: Key, page: Int, letters: Bool = true) -> Int? {
    switch key {
    case .up: return -1
    case .down: return 1
    case .pageUp: return -page
    case .pageDown: return page
    case .home: return -Int(Int32.max)
    case .end: return Int(Int32.max)
    case .character(let character) where letters:
      switch character {
      case "k": return -1
      case "j": return 1
      case "b": return -page
      case " ": return page
      case "g": return -Int(Int32.max)
      case "G": return Int(Int32.max)
      default: return nil
      }
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
