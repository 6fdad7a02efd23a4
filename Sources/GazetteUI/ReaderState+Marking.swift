import GazetteModel
import GazetteState
import GazetteTerminal

extension ReaderState {
  // MARK: - The store

  /// Takes the store's state as it opened: every loaded article's marks, whether they are
  /// saved, and what the store had to say (shown once, on the status line).
  mutating func receiveReadingState(
    _ snapshot: ReadingStateSnapshot, persistent: Bool, notices: [String]
  ) -> [ReaderEffect] {
    marks.isOpen = true
    marks.isPersistent = persistent
    marks.previousRunStart = snapshot.previousRunStart
    marks.snapshot = snapshot
    marks.resolveAll(store.articles)
    if let notice = notices.first {
      marks.problem = notice
      message = notice
    }
    return readingView == .all ? [] : queryChanged()
  }

  /// Once the store has opened and every article is loaded: records this run's sighting,
  /// starts watching for other instances' changes, and (unless the user has moved) selects
  /// the first new article.
  mutating func watchReadingStateWhenReady() -> [ReaderEffect] {
    if !usesStateStore, !marks.isOpen {
      // No store: marks live in memory for this run, starting unread and not new.
      marks.isOpen = true
    }
    guard marks.isOpen, loading.finished, !marks.isWatching else { return [] }
    marks.isWatching = true
    // Dropped before the store records the sighting, so its snapshot is never copied.
    marks.snapshot = nil
    if !list.userMoved, !filter.pending,
      let row = rows.firstIndex(where: { marks[$0].contains(.new) })
    {
      select(row: row)
    }
    return usesStateStore ? [.watchReadingState(store.articles)] : []
  }

  /// Takes the changes another instance made.
  mutating func receiveReadingStateChanges(_ changes: [ReadingStateChange]) {
    for change in changes where Int(change.article) < store.count {
      if let id = change.id, store[change.article].id != id {
        // Found on a list since replaced: the article has another index now, if any.
        if let index = store.articles.firstIndex(where: { $0.id == id }) {
          marks.set(change.state, at: Int32(index))
        }
        continue
      }
      marks.set(change.state, at: change.article)
    }
  }

  // MARK: - Reading

  /// The reader now shows another article: it counts as read after the dwell.
  mutating func startDwell() -> [ReaderEffect] {
    marks.dwellGeneration += 1
    marks.keptUnread = nil
    guard let article = reader.article, !marks[article].contains(.read) else { return [] }
    return [
      .schedule(
        .dwell(article: article, generation: marks.dwellGeneration),
        milliseconds: readDwellMilliseconds)
    ]
  }

  /// The dwell of a showing ended: its article is read if it is still shown.
  mutating func dwellEnded(article: Int32, generation: Int) -> [ReaderEffect] {
    // The generation names the showing (a list replaced under it may have renumbered the
    // article, so the index the timer carries is not compared).
    guard generation == marks.dwellGeneration, let shown = reader.article,
      layout.arrangement != .tooSmall
    else { return [] }
    return markReadAutomatically(shown)
  }

  /// The user scrolled the reader: reaching the end of the article reads it.
  mutating func readerScrolled() -> [ReaderEffect] {
    guard let article = reader.article, let document, document.article == article,
      document.phase == .loaded, readerMaxTop > 0, reader.top >= readerMaxTop
    else { return [] }
    return markReadAutomatically(article)
  }

  private mutating func markReadAutomatically(_ article: Int32) -> [ReaderEffect] {
    guard !marks[article].contains(.read), marks.keptUnread != article else { return [] }
    return setRead(true, articles: [article])
  }

  // MARK: - Commands

  /// `toggle-read`: the selected article read or unread.
  mutating func toggleRead() -> [ReaderEffect] {
    guard let article = list.selectedArticle else { return [] }
    let read = !marks[article].contains(.read)
    marks.keptUnread = read ? nil : article
    message = read ? "Marked read" : "Marked unread"
    return setRead(read, articles: [article])
  }

  /// `toggle-flag`: the selected article flagged or not.
  mutating func toggleFlag() -> [ReaderEffect] {
    guard let article = list.selectedArticle else { return [] }
    let flagged = !marks[article].contains(.flagged)
    marks.setFlagged(flagged, at: article)
    message = flagged ? "Flagged" : "Flag removed"
    return [.markArticles(flagged ? .flag : .unflag, ids: [store[article].id])]
  }

  /// `mark-all-read`: asks whether to mark every unread article in the list read.
  mutating func askToMarkAllRead() {
    guard !filter.pending else {
      message = "Still filtering: try again in a moment"
      return
    }
    let unread = rows.filter { !marks[$0].contains(.read) }
    guard !unread.isEmpty else {
      message = "Nothing to mark: every article here is read"
      return
    }
    let confirmation = MarkConfirmation(articles: unread)
    self.confirmation = confirmation
    message = confirmation.question
  }

  /// The answer to `mark-all-read`'s question: `y` marks, any other key leaves all as it was.
  mutating func answerConfirmation(_ key: Key) -> [ReaderEffect] {
    guard let confirmation else { return [] }
    self.confirmation = nil
    guard key == .character("y") || key == .character("Y") else {
      message = "Nothing marked"
      return []
    }
    let noun = confirmation.articles.count == 1 ? "article" : "articles"
    message = "Marked \(GroupedNumber.format(confirmation.articles.count)) \(noun) read"
    return setRead(true, articles: confirmation.articles)
  }

  /// `cycle-view`: all, unread, flagged, all.
  ///
  /// The view is worked out when chosen: an article read while the unread view is shown stays
  /// in it until the view or a filter changes (as mutt's limit does), so rows never vanish
  /// under the cursor.
  mutating func cycleView() -> [ReaderEffect] {
    readingView = readingView.next
    message = "Showing \(readingView.rawValue) articles"
    return queryChanged()
  }

  /// `next-unread`: the next unread article in the list after the selection (newest first,
  /// across sources), wrapping to the top.
  mutating func selectNextUnread() {
    let rows = self.rows
    guard !rows.isEmpty else { return }
    let start = min(list.selectedRow, rows.count - 1)
    let after = rows.indices.dropFirst(start + 1).first { !marks[rows[$0]].contains(.read) }
    let found = after ?? rows.indices.prefix(start + 1).first { !marks[rows[$0]].contains(.read) }
    guard let found else {
      message = "No unread articles in this list"
      return
    }
    if after == nil, found != start { message = "Wrapped to the top" }
    select(row: found)
  }

  /// Sets articles read or unread here and in the store.
  private mutating func setRead(_ read: Bool, articles: [Int32]) -> [ReaderEffect] {
    for article in articles { marks.setRead(read, at: article) }
    return [.markArticles(read ? .read : .unread, ids: articles.map { store[$0].id })]
  }
}
