import GazetteModel

/// The reader's logic: applies an action to the state and says which I/O to perform.
///
/// `reduce` never performs I/O and never blocks: effects describe what to do (load, read a
/// body, filter, search bodies, schedule a timer, redraw, exit) and come back as actions.
/// Nothing a key does costs O(number of articles): list moves touch the rows on screen,
/// filters are recomputed by a background `FilterJob`, and only the shown article is wrapped.
enum ReaderReducer {
  /// How long typing must pause before bodies are searched.
  static let bodySearchDelayMilliseconds = 250
  /// Lines or rows one turn of the mouse wheel scrolls.
  static let wheelStep = 3

  /// Applies `action` to `state`; returns the I/O to perform.
  static func reduce(_ state: inout ReaderState, _ action: ReaderAction) -> [ReaderEffect] {
    var effects: [ReaderEffect] = []
    switch action {
    case .started:
      effects += state.start()
    case .event(let event):
      effects += state.handle(event)
    case .loaded(let batch, let searchIndexes):
      effects += state.receive(batch, searchIndexes: searchIndexes)
    case .loadEnded:
      // From the index, the load ends when its list is shown (`replaceList`).
      if !state.live.startPending { state.loading.finished = true }
      effects += state.continueBodySearch()
    case .readingStateOpened(let snapshot, let persistent, let notices):
      effects += state.receiveReadingState(snapshot, persistent: persistent, notices: notices)
    case .readingStateChanged(let changes):
      state.receiveReadingStateChanges(changes)
    case .readingStateProblem(let problem):
      state.marks.problem = problem
      if let problem { state.message = problem }
    case .bodyRead(let article, let result, let list):
      // Asked on a list since replaced: the index may name another article now.
      if list == state.live.listGeneration { state.receiveBody(result, for: article) }
    case .documentLaidOut(let document, let list):
      if list == state.live.listGeneration { effects += state.receiveDocument(document) }
    case .directoryReloaded(let reload):
      effects += state.receiveReload(reload)
    case .listPrepared(let replacement):
      effects += state.replaceList(replacement)
    case .filtered(let generation, let rows, let covered):
      state.receiveFilteredRows(rows, generation: generation, covered: covered)
    case .bodySearchProgress(let generation, let progress):
      state.receiveBodyMatches(progress, generation: generation)
    case .bodySearchFinished(let generation, let searchedThrough):
      effects += state.finishBodySearch(generation: generation, through: searchedThrough)
    case .saveFinished(let request, let outcome):
      effects += state.finishSave(request, outcome: outcome)
    case .report(let text):
      state.message = text
    case .timerFired(.bodySearch(let generation)):
      effects += state.armBodySearch(generation: generation)
    case .timerFired(.dwell(let article, let generation)):
      effects += state.dwellEnded(article: article, generation: generation)
    }
    effects += state.watchReadingStateWhenReady()
    effects += state.settle()
    return effects
  }
}
