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

  /// Begins: load the articles and open the reading state side by side; a search given at
  /// start is searched in bodies at once.
  mutating func start() -> [ReaderEffect] {
    if hasFilter { filter.rows = [] }
    if !query.search.isEmpty { bodySearch.armed = true }
    return usesStateStore ? [.loadArticles, .openReadingState] : [.loadArticles]
  }

  /// Brings derived state up to date after any action: selection, the shown document,
  /// the reader's scroll bounds, and the body read for the shown article.
  mutating func settle() -> [ReaderEffect] {
    list.clamp(to: rows, height: listHeight)
    var effects: [ReaderEffect] = []
    if reader.article != list.selectedArticle {
      reader = ReaderPosition(article: list.selectedArticle)
      if let shown = reader.article { live.arrived.remove(shown) }
      effects += startDwell()
    }
    effects += refreshDocument()
    // The shown article's file changed under it (a live reload): back to the same text once
    // it is read and wrapped again.
    if let anchor = reader.pendingAnchor, let document, document.article == reader.article,
      document.phase != .loading, layoutRequest == nil
    {
      if document.phase == .loaded { reader.top = document.line(containing: anchor) }
      reader.pendingAnchor = nil
    }
    if layout.arrangement != .tooSmall {
      reader.top = min(max(0, reader.top), readerMaxTop)
    }
    if let article = reader.article, bodies.peek(article) == nil, bodyRequest == nil {
      bodyRequest = article
      effects.append(.readBody(article: article, store[article], list: live.listGeneration))
    }
    return effects
  }

  /// Makes `document` the shown article wrapped to the reader's width, from the cache when
  /// it is there; re-finds matches when the search changed.
  ///
  /// A large body is wrapped in the background (a notice stands in meanwhile), and its
  /// matches are found in the background too, the old highlights staying until they arrive:
  /// neither ever runs on the main loop, so keys never wait for a huge article. Returns that
  /// background work (nothing when it was already asked for).
  mutating func refreshDocument() -> [ReaderEffect] {
    guard let article = reader.article else {
      document = nil
      return []
    }
    guard layout.arrangement != .tooSmall else {
      if document?.article != article { document = nil }
      return []
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
    if let current, current.pattern == query.search { return [] }
    let cached = documents.value(for: key).flatMap { $0.phase == phase ? $0 : nil }
    var shown: ReaderDocument
    var effects: [ReaderEffect] = []
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
        effects.append(
          .layOutDocument(key, store[article], content, query.search, list: live.listGeneration))
      }
      document = ReaderDocument(
        article: store[article], index: article, body: nil, width: width, pattern: query.search)
      return effects
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
          effects.append(.highlightDocument(shown, query.search, list: live.listGeneration))
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
    return effects
  }

  /// Selects `row` (clamped) as the user's choice, scrolling the list to show it.
  mutating func select(row: Int) {
    list.select(row: row, in: rows, height: listHeight)
  }

  /// Scrolls the list so the selection is on screen with a small margin above and below.
  mutating func keepSelectionVisible() {
    list.keepSelectionVisible(rowCount: rowCount, height: listHeight)
  }

  /// Re-finds the selected article after the rows changed (batches, filters, body matches);
  /// see `ListCursor.restore`.
  mutating func restoreSelection() {
    let rows = self.rows
    let store = self.store
    list.restore(in: rows, height: listHeight) { store.position(of: $0, in: rows) }
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
