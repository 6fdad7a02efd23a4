import GazetteModel

extension ReaderState {
  /// Takes in the directory read again: asks for the new list to be prepared off the main
  /// loop against the list shown now (or says that nothing changed).
  mutating func receiveReload(_ reload: DirectoryReload) -> [ReaderEffect] {
    guard reload.result != nil else {
      // A reload by hand that found every file as it was.
      live.reloading = false
      live.arrived = []
      message = "Up to date: no file changed"
      return []
    }
    live.generation += 1
    if reload.reason == .start { live.startPending = true }
    return [.prepareReplacement(reload, replacing: store, generation: live.generation)]
  }

  /// `reload`: reads the directory again now; the answer clears the "N new" count.
  mutating func reloadByHand() -> [ReaderEffect] {
    guard loading.finished else {
      message = "Still loading: the list is read once it is complete"
      return []
    }
    live.reloading = true
    message = "Reloading…"
    return [.reloadArticles]
  }

  /// Replaces the list with one prepared from a reload, keeping the reader's place.
  ///
  /// Kept: the selected article (by id; when it is gone, its neighbour below, else above),
  /// the article shown and how far it is scrolled (the same text, wrapped again, when its file
  /// changed), the filters, the reading view, the sort and the search, whose results for
  /// articles that did not change are kept while the rest is searched again. The marks of
  /// every article stay; articles that arrived get theirs from the store. Everything here is
  /// one pass over arrays (no folding, sorting or hashing of the whole list: that was done
  /// when the list was prepared).
  mutating func replaceList(_ replacement: ListReplacement) -> [ReaderEffect] {
    guard replacement.generation == live.generation else { return [] }
    guard replacement.oldCount == store.count else {
      // Prepared against another list (cannot happen while reloads and loads are one thread
      // apart, but a wrong renumbering would be worse than a second preparation).
      return []
    }
    var effects: [ReaderEffect] = []
    let oldRows = filter.rows
    let neighbour = survivingNeighbour(in: rows, of: replacement)
    let sortOrder = store.sortOrder

    // The list.
    store = replacement.store
    if store.sortOrder != sortOrder { _ = store.sort(by: sortOrder) }
    sources = replacement.sources
    loading.problems = replacement.problems
    loading.progress = LoadProgress(
      filesFound: replacement.fileCount, filesLoaded: replacement.fileCount,
      articlesLoaded: store.count, discoveryFinished: true)
    loading.finished = true
    live.startPending = false
    live.listGeneration += 1

    // Marks: by id, so a changed file keeps them; arrivals from the store.
    var values: [ArticleMarks] = []
    values.reserveCapacity(store.count)
    var arrivedPosition = 0
    for index in 0..<store.count {
      let old = replacement.newToOld[index]
      if old >= 0 {
        values.append(marks[old])
      } else {
        let state = replacement.arrivedStates.flatMap {
          arrivedPosition < $0.count ? $0[arrivedPosition] : nil
        }
        values.append(marks.marks(ofArriving: store[Int32(index)].id, state: state))
        arrivedPosition += 1
      }
    }
    marks.replace(with: values)
    marks.keptUnread = replacement.renumbered(marks.keptUnread)

    // The selection and the article shown. Once the first list is complete, the selection
    // stays on its article even if the user has not moved yet: an article arriving above
    // must not take the reader pane from under the user.
    let selected = list.selectedArticle
    if selected != nil, replacement.reason == .live || replacement.reason == .manual {
      list.userMoved = true
    }
    list.selectedArticle = replacement.renumbered(selected) ?? neighbour
    list.wanted = replacement.renumbered(list.wanted)
    // What waits for the user names articles too: a search's origin, the articles a "mark
    // all read?" would mark, the article a save or pipe prompt acts on.
    if var typing = prompt {
      typing.origin = replacement.renumbered(typing.origin)
      prompt = typing
    }
    if let asked = confirmation {
      confirmation = MarkConfirmation(articles: asked.articles.compactMap(replacement.renumbered))
    }
    if let acting = actionPrompt {
      if let renumbered = replacement.renumbered(acting.article) {
        actionPrompt?.article = renumbered
      } else {
        actionPrompt = nil
        message = "The article was removed from the directory"
      }
    }
    effects += renumberShownArticle(replacement)

    // Caches: only what belongs to an unchanged file is kept.
    bodies = bodies.remapped { replacement.survivor($0) }
    documents = documents.remapped(
      { key in replacement.survivor(key.article).map { DocumentKey(article: $0, width: key.width) }
      },
      update: { document, key in
        var moved = document
        moved.article = key.article
        return moved
      })
    bodyRequest = nil
    layoutRequest = nil
    highlightRequest = nil

    // The filtered rows and the body search: results for unchanged articles are kept, the
    // fresh ones are filtered (and their bodies searched) as a batch that arrives is.
    effects += refilter(after: replacement, oldRows: oldRows)

    // What arrived.
    switch replacement.reason {
    case .live:
      live.arrived = Set(live.arrived.compactMap { replacement.renumbered($0) })
      live.arrived.formUnion(replacement.arrived)
      if let shown = reader.article { live.arrived.remove(shown) }
    case .manual:
      live.arrived = []
      live.reloading = false
      message = reloadSummary(replacement)
    case .start, .catchUp:
      live.arrived = Set(live.arrived.compactMap { replacement.renumbered($0) })
    }

    if case .sourcePicker(var picker) = overlay {
      picker.refresh(from: sources.sorted, resetSelection: false)
      overlay = .sourcePicker(picker)
    }
    if marks.isWatching {
      // The store records the new articles as seen, and polls report the new indices.
      effects.append(.watchReadingState(store.articles))
    }
    restoreSelection()
    return effects
  }

  /// The article below the selected one (else above) that is still in the list, renumbered,
  /// for when the selected article is gone.
  private func survivingNeighbour(in rows: [Int32], of replacement: ListReplacement) -> Int32? {
    guard let selected = list.selectedArticle, replacement.renumbered(selected) == nil,
      !rows.isEmpty
    else { return nil }
    let row = min(max(0, list.selectedRow), rows.count - 1)
    for candidate in rows[row...] {
      if let renumbered = replacement.renumbered(candidate) { return renumbered }
    }
    for candidate in rows[..<row].reversed() {
      if let renumbered = replacement.renumbered(candidate) { return renumbered }
    }
    return nil
  }

  /// Follows the shown article into the new list: the same document when its file did not
  /// change, else the same place in its text once it is read again.
  private mutating func renumberShownArticle(_ replacement: ListReplacement) -> [ReaderEffect] {
    guard let shown = reader.article else { return [] }
    guard let renumbered = replacement.renumbered(shown) else {
      // Gone: `settle` shows the new selection from its top.
      reader = ReaderPosition()
      document = nil
      return []
    }
    reader.article = renumbered
    if renumbered < replacement.survivorCount {
      document?.article = renumbered
    } else {
      // Its file changed: the body is read and wrapped again, and the reader returns to the
      // same text (a position in a paragraph, not a line number).
      if let document, document.phase == .loaded {
        reader.pendingAnchor = document.anchor(ofLine: reader.top)
      }
      reader.pendingEnd = false
      reader.currentMatch = nil
      document = nil
    }
    // A dwell under way goes on: its timer names the showing, not the index.
    return []
  }

  /// Brings the filtered rows and the body search over to the new list.
  private mutating func refilter(after replacement: ListReplacement, oldRows: [Int32]?)
    -> [ReaderEffect]
  {
    var effects: [ReaderEffect] = []
    let survivors = Int32(replacement.survivorCount)
    let fresh = replacement.survivorCount..<store.count
    filter.generation += 1
    var search = BodySearchState(generation: filter.generation)
    search.armed = bodySearch.armed
    search.matches = Set(bodySearch.matches.compactMap { replacement.survivor($0) })
    // The survivors keep their old arrival order, so those searched are a prefix of them.
    search.covered = replacement.newToOld[0..<replacement.survivorCount].partitioningIndex(where: {
      Int($0) >= bodySearch.covered
    })
    if bodySearch.running { effects.append(.cancelBodySearch) }
    let wasArmed = bodySearch.armed
    bodySearch = search
    if !query.search.isEmpty, !wasArmed {
      // The timer under way names the old generation.
      effects.append(
        .schedule(
          .bodySearch(generation: filter.generation),
          milliseconds: ReaderReducer.bodySearchDelayMilliseconds))
    }
    if hasFilter {
      var kept: [Int32] = []
      kept.reserveCapacity(oldRows?.count ?? 0)
      for row in oldRows ?? [] {
        if let renumbered = replacement.survivor(row), renumbered < survivors {
          kept.append(renumbered)
        }
      }
      if !store.isSorted(kept) { kept = store.sorted(kept) }
      if filter.pending || fresh.count > Self.freshFilteredOnTheLoop {
        // Many fresh articles (or a pass already running over the old list): the whole list
        // is filtered in the background, the kept rows shown meanwhile.
        filter.rows = kept
        filter.pending = true
        effects.append(
          .filterArticles(
            FilterJob(
              generation: filter.generation, articles: store.articles, order: store.order,
              query: query, searchIndex: store.searchIndex, view: readingView,
              marks: readingView == .all ? [] : marks.values)))
      } else {
        let passing = store.matcher(for: query).listed(in: fresh).filter(isInView)
        filter.rows = store.merging(store.sorted(passing), into: kept)
      }
    } else {
      filter.rows = nil
      filter.pending = false
    }
    effects += continueBodySearch()
    return effects
  }

  /// The most fresh articles filtered on the main loop when the list is replaced (about a
  /// millisecond of matching titles); more go to a background filter pass.
  static let freshFilteredOnTheLoop = 5_000

  /// What a reload by hand found, for the status line.
  private func reloadSummary(_ replacement: ListReplacement) -> String {
    var parts: [String] = []
    if !replacement.arrived.isEmpty {
      parts.append("\(GroupedNumber.format(replacement.arrived.count)) new")
    }
    if replacement.changedCount > 0 {
      parts.append("\(GroupedNumber.format(replacement.changedCount)) changed")
    }
    if replacement.removedCount > 0 {
      parts.append("\(GroupedNumber.format(replacement.removedCount)) removed")
    }
    return parts.isEmpty
      ? "Reloaded: no article changed" : "Reloaded: " + parts.joined(separator: ", ")
  }
}
