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
      state.loading.finished = true
      effects += state.continueBodySearch()
    case .bodyRead(let article, let result):
      state.receiveBody(result, for: article)
    case .documentLaidOut(let document):
      effects += state.receiveDocument(document)
    case .filtered(let generation, let rows, let covered):
      state.receiveFilteredRows(rows, generation: generation, covered: covered)
    case .bodySearchProgress(let generation, let progress):
      state.receiveBodyMatches(progress, generation: generation)
    case .bodySearchFinished(let generation, let searchedThrough):
      effects += state.finishBodySearch(generation: generation, through: searchedThrough)
    case .timerFired(.bodySearch(let generation)):
      effects += state.armBodySearch(generation: generation)
    }
    effects += state.settle()
    return effects
  }
}
