import GazetteModel

extension ReaderState {
  /// Rows of the list pane (at least 1, so scrolling arithmetic stays sane when tiny).
  var listHeight: Int { max(1, layout.list.height) }
  /// Lines of the reader pane (at least 1).
  var readerHeight: Int { max(1, layout.readerText.height) }
  /// How far a page moves the reader: a screen less one line of overlap.
  var readerPage: Int { max(1, readerHeight - 1) }
  /// How far a page moves the list.
  var listPage: Int { max(1, listHeight - 1) }
  /// The largest first line the reader can show.
  var readerMaxTop: Int { max(0, (document?.lines.count ?? 0) - readerHeight) }

  /// Begins: load the articles; a search given at start is searched in bodies at once.
  mutating func start() -> [ReaderEffect] {
    if hasFilter { filter.rows = [] }
    if !query.search.isEmpty { bodySearch.armed = true }
    return [.loadArticles]
  }

  /// Brings derived state up to date after any action: selection, the shown document,
  /// the reader's scroll bounds, and the body read for the shown article.
  mutating func settle() -> [ReaderEffect] {
    let count = rowCount
    if count == 0 {
      list.selectedRow = 0
      list.top = 0
      list.selectedArticle = nil
    } else {
      list.selectedRow = min(max(0, list.selectedRow), count - 1)
      list.selectedArticle = rows[list.selectedRow]
      clampListTop()
    }
    if reader.article != list.selectedArticle {
      reader = ReaderPosition(article: list.selectedArticle)
    }
    refreshDocument()
    if layout.arrangement != .tooSmall {
      reader.top = min(max(0, reader.top), readerMaxTop)
    }
    var effects = backgroundWork
    backgroundWork = []
    if let article = reader.article, bodies.peek(article) == nil, bodyRequest == nil {
      bodyRequest = article
      effects.append(.readBody(article: article, store[article]))
    }
    return effects
  }

  /// Makes `document` the shown article wrapped to the reader's width, from the cache when
  /// it is there; re-finds matches when the search changed.
  ///
  /// A large body is wrapped in the background (a notice stands in meanwhile), and its
  /// matches are found in the background too, the old highlights staying until they arrive:
  /// neither ever runs on the main loop, so keys never wait for a huge article.
  mutating func refreshDocument() {
    guard let article = reader.article else {
      document = nil
      return
    }
    guard layout.arrangement != .tooSmall else {
      if document?.article != article { document = nil }
      return
    }
    let width = max(1, layout.readerText.width)
    let body = bodies.value(for: article)
    let phase: ReaderDocument.BodyPhase
    switch body {
    case nil: phase = .loading
    case .success: phase = .loaded
    case .failure: phase = .failed
    }
    let key = DocumentKey(article: article, width: width)
    let current = document.flatMap {
      $0.article == article && $0.width == width && $0.phase == phase ? $0 : nil
    }
    if let current, current.pattern == query.search { return }
    let cached = documents.value(for: key).flatMap { $0.phase == phase ? $0 : nil }
    var shown: ReaderDocument
    if let cached, cached.pattern == query.search {
      shown = cached
    } else if let current {
      shown = current
    } else if let cached {
      shown = cached
    } else if case .success(let content)? = body, ReaderDocument.isLarge(content) {
      // Wrapping megabytes would stall keys: wrap in the background, say so meanwhile.
      if layoutRequest != key {
        layoutRequest = key
        backgroundWork.append(.layOutDocument(key, store[article], content, query.search))
      }
      document = ReaderDocument(
        article: store[article], index: article, body: nil, width: width, pattern: query.search)
      return
    } else {
      shown = ReaderDocument(
        article: store[article], index: article, body: body, width: width,
        pattern: query.search)
    }
    if shown.pattern != query.search {
      if shown.isLarge {
        // Searching megabytes would stall keys too: keep the old matches until the new ones
        // arrive.
        let request = HighlightRequest(key: key, pattern: query.search)
        if highlightRequest != request {
          highlightRequest = request
          backgroundWork.append(.highlightDocument(shown, query.search))
        }
      } else {
        shown.highlight(query.search)
      }
    }
    if let previous = document, previous.article == shown.article,
      previous.pattern != shown.pattern
    {
      reader.currentMatch = nil
    }
    document = shown
    documents.insert(shown, for: key)
  }

  /// Selects `row` (clamped) as the user's choice, scrolling the list to show it.
  mutating func select(row: Int) {
    let count = rowCount
    guard count > 0 else { return }
    let row = min(max(0, row), count - 1)
    list.selectedRow = row
    list.selectedArticle = rows[row]
    list.userMoved = true
    keepSelectionVisible()
  }

  /// Scrolls the list so the selection is on screen with a small margin above and below.
  mutating func keepSelectionVisible() {
    let height = listHeight
    let margin = min(2, (height - 1) / 2)
    let row = list.selectedRow
    if row < list.top + margin { list.top = row - margin }
    if row > list.top + height - 1 - margin { list.top = row - height + 1 + margin }
    clampListTop()
  }

  /// Keeps the list's first row within the rows.
  mutating func clampListTop() {
    list.top = min(max(0, list.top), max(0, rowCount - listHeight))
  }

  /// Re-finds the selected article after the rows changed (batches, filters, body matches).
  ///
  /// Until the user moves, the selection stays on the first row; afterwards it follows the
  /// selected article, keeping it on the same screen row when rows are inserted above it.
  mutating func restoreSelection() {
    let rows = self.rows
    guard !rows.isEmpty else {
      list.selectedRow = 0
      list.top = 0
      list.selectedArticle = nil
      return
    }
    var row = 0
    if list.userMoved, let article = list.selectedArticle,
      let found = store.position(of: article, in: rows)
    {
      row = found
    }
    list.top += row - list.selectedRow
    list.selectedRow = row
    list.selectedArticle = rows[row]
    keepSelectionVisible()
  }

  /// Whether the shown article is being wrapped in the background (a notice stands in for it).
  var isLayingOutShownDocument: Bool {
    guard let request = layoutRequest, let document else { return false }
    return request.article == reader.article && document.phase == .loading
  }

  /// Scrolls the reader by `delta` lines within the document.
  mutating func scrollReader(by delta: Int) {
    reader.top = min(max(0, reader.top + delta), readerMaxTop)
  }
}
