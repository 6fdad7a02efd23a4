import GazetteModel

extension ReaderState {
  /// Starts over after the query changed: a background filter pass for the new rows, the
  /// running body search cancelled, and a new one scheduled for when typing pauses.
  mutating func queryChanged() -> [ReaderEffect] {
    var effects: [ReaderEffect] = []
    filter.generation += 1
    if bodySearch.running { effects.append(.cancelBodySearch) }
    bodySearch = BodySearchState(generation: filter.generation)
    if !hasFilter {
      filter.rows = nil
      filter.pending = false
      restoreSelection()
    } else if store.count == 0 {
      filter.rows = []
      filter.pending = false
      restoreSelection()
    } else {
      filter.pending = true
      effects.append(
        .filterArticles(
          FilterJob(
            generation: filter.generation, articles: store.articles, order: store.order,
            query: query, searchIndex: store.searchIndex)))
    }
    if !query.search.isEmpty {
      effects.append(
        .schedule(
          .bodySearch(generation: filter.generation),
          milliseconds: ReaderReducer.bodySearchDelayMilliseconds))
    }
    return effects
  }

  /// Takes the rows of a finished filter pass, adding what arrived or matched since it began.
  mutating func receiveFilteredRows(_ rows: [Int32], generation: Int, covered: Int) {
    guard generation == filter.generation, filter.pending else { return }
    var extra = bodySearch.matches
    extra.formUnion(store.matcher(for: query).listed(in: covered..<store.count))
    filter.rows = store.merging(store.sorted(Array(extra)), into: rows)
    filter.pending = false
    restoreSelection()
  }

  /// Adds articles whose body matches (`progress.matches` are arrival indices) to the list.
  mutating func receiveBodyMatches(_ progress: BodySearchProgress, generation: Int) {
    guard generation == bodySearch.generation, bodySearch.running else { return }
    bodySearch.searched = progress.searched
    bodySearch.total = progress.total
    let fresh = progress.matches.map(Int32.init).filter { bodySearch.matches.insert($0).inserted }
    if !fresh.isEmpty, hasFilter, !filter.pending {
      filter.rows = store.merging(store.sorted(fresh), into: filter.rows ?? [])
      restoreSelection()
    }
  }

  /// Notes that a body search finished, and searches what arrived meanwhile.
  mutating func finishBodySearch(generation: Int, through end: Int) -> [ReaderEffect] {
    guard generation == bodySearch.generation, bodySearch.running else { return [] }
    bodySearch.running = false
    bodySearch.covered = max(bodySearch.covered, end)
    return continueBodySearch()
  }

  /// The typing paused: bodies may be searched now.
  mutating func armBodySearch(generation: Int) -> [ReaderEffect] {
    guard generation == bodySearch.generation else { return [] }
    bodySearch.armed = true
    return continueBodySearch()
  }

  /// Starts a body search over the articles not searched yet, when one is due.
  mutating func continueBodySearch() -> [ReaderEffect] {
    guard !query.search.isEmpty, bodySearch.armed, !bodySearch.running,
      bodySearch.covered < store.count
    else { return [] }
    bodySearch.running = true
    bodySearch.searched = 0
    bodySearch.total = 0
    return [
      .searchBodies(
        BodySearchJob(
          generation: bodySearch.generation, articles: store.articles,
          range: bodySearch.covered..<store.count, query: query,
          searchIndex: store.searchIndex))
    ]
  }

  /// Changes the search to `text` as the user types.
  mutating func setSearch(_ text: String) -> [ReaderEffect] {
    guard text != query.search.text else { return [] }
    query.search = SearchPattern(text)
    return queryChanged()
  }
}
