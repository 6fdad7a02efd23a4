import GazetteModel

extension ReaderState {
  /// Takes in a batch of loaded articles: merges them into the order (and into the filtered
  /// rows when a filter is active), counts their sources, and keeps the selection.
  mutating func receive(_ batch: LoadBatch, searchIndexes: [SearchIndex]) -> [ReaderEffect] {
    let added = store.append(batch.articles, searchIndexes: searchIndexes)
    loading.progress = batch.progress
    loading.problems.append(contentsOf: batch.problems)
    if batch.progress.isFinished { loading.finished = true }
    sources.add(batch.articles)
    if hasFilter, !filter.pending {
      let passing = store.matcher(for: query).listed(
        in: Int(added.lowerBound)..<Int(added.upperBound))
      filter.rows = store.merging(store.sorted(passing), into: filter.rows ?? [])
    }
    restoreSelection()
    if case .sourcePicker(var picker) = overlay {
      picker.refresh(from: sources.sorted, resetSelection: false)
      overlay = .sourcePicker(picker)
    }
    return continueBodySearch()
  }

  /// Keeps a document wrapped or searched in the background and shows it if it is still
  /// wanted; returns the background work showing it needs (its matches for a newer search).
  ///
  /// Matches for a pattern the user has since changed are dropped when the document itself
  /// is already here (newer matches are on their way); a wrap that arrives with an older
  /// pattern is kept, and its matches are found again in the background.
  mutating func receiveDocument(_ document: ReaderDocument) -> [ReaderEffect] {
    let key = DocumentKey(of: document)
    if layoutRequest == key { layoutRequest = nil }
    if highlightRequest == HighlightRequest(key: key, pattern: document.pattern) {
      highlightRequest = nil
    }
    if document.pattern != query.search, let existing = documents.peek(key),
      existing.phase == document.phase
    {
      return []
    }
    documents.insert(document, for: key, keeping: self.document.map(DocumentKey.init(of:)))
    guard reader.article == document.article else { return [] }
    let effects = refreshDocument()
    guard let shown = self.document, shown.phase == .loaded else { return effects }
    if reader.pendingEnd {
      reader.top = readerMaxTop
    } else if let anchor = reader.pendingAnchor {
      reader.top = shown.line(containing: anchor)
    }
    reader.pendingEnd = false
    reader.pendingAnchor = nil
    return effects
  }

  /// Keeps a body that was read (or the problem reading it).
  mutating func receiveBody(_ result: Result<ArticleBody, LoadProblem>, for article: Int32) {
    bodies.insert(result, for: article, keeping: reader.article)
    if bodyRequest == article { bodyRequest = nil }
  }
}
