import GazetteTerminal

/// The full-screen reader: runs the event loop of state, actions and rendering on a backend.
///
/// The loop reads terminal events (all pending ones at once, so a burst of resizes costs one
/// frame), reduces them, hands effects to a runner that performs the I/O on background
/// threads, reduces the results it posts back, and draws. A frame caused by input or by a
/// result the user waits for (a body, a filter pass) is drawn at once; frames caused only by
/// streaming results (load batches, body search progress) are drawn at most about 30 times a
/// second. While work is pending the backend is polled with a short timeout.
public final class ReaderApp {
  /// The shortest time between two frames drawn for background results alone.
  static let frameInterval = Duration.milliseconds(33)

  /// How the reader was started.
  let options: ReaderOptions
  /// Where articles and bodies come from.
  let provider: any ArticleProvider
  /// Work done by the last run.
  private(set) var statistics = ReaderStatistics()
  /// The last frame drawn by the last run.
  private(set) var lastFrame: CellGrid?
  /// The state when the last run ended.
  private(set) var lastState: ReaderState?

  /// Creates the reader for the data directory named in `options`.
  public convenience init(options: ReaderOptions) {
    self.init(
      options: options,
      provider: DirectoryArticleProvider(
        root: options.dataDirectory,
        environment: options.indexEnvironment ?? ["GAZETTE_NO_INDEX": "1"]))
  }

  /// Creates the reader with another source of articles (tests use an in-memory one).
  init(options: ReaderOptions, provider: any ArticleProvider) {
    self.options = options
    self.provider = provider
  }

  /// Runs until the user quits, a signal arrives or input ends.
  public func run(on backend: some TerminalBackend) -> ReaderExit {
    statistics = ReaderStatistics()
    var state = ReaderState(options: options, size: backend.size)
    let runner = EffectRunner(
      provider: provider,
      readingState: options.stateEnvironment.map {
        ReadingStateLink(dataDirectory: options.dataDirectory, environment: $0)
      })
    let programs = ExternalPrograms(settings: options.actions, inbox: runner.inbox)
    var screen = Screen()
    var repaintAll = true
    var dirty = true
    var lastRender: ContinuousClock.Instant?
    let clock = ContinuousClock()
    defer {
      runner.stop()
      lastState = state
    }

    func apply(_ action: ReaderAction) -> ReaderExit? {
      statistics.actionsReduced += 1
      dirty = true
      for effect in ReaderReducer.reduce(&state, action) {
        switch effect {
        case .exit(let exit): return exit
        case .redrawScreen: repaintAll = true
        case .copyToClipboard(let text):
          backend.send(.clipboard(text))
        case .openURL(let address):
          let opened = programs.open(address, on: backend)
          if opened.handedOver { repaintAll = true }
          runner.inbox.post(.report(opened.message))
        case .pipeArticle(let command, let text):
          runner.inbox.post(.report(programs.pipe(text, into: command, on: backend)))
          repaintAll = true
        default: runner.perform(effect)
        }
      }
      return nil
    }

    func render() {
      let frame = ScreenView.render(state)
      let full = repaintAll || screen.current?.size != frame.grid.size
      let painted = screen.show(frame.grid, on: backend, fullRepaint: repaintAll)
      statistics.framesRendered += 1
      if full { statistics.fullRepaints += 1 }
      statistics.cellsPainted += painted
      statistics.unsafeFallbacks += frame.grid.unsafeFallbacks
      statistics.largestPaint = max(statistics.largestPaint, painted)
      statistics.listRowsDrawn += frame.listRowsDrawn
      statistics.mostListRowsInFrame = max(statistics.mostListRowsInFrame, frame.listRowsDrawn)
      if options.actions.hyperlinks, painted > 0 || full {
        markLinks(frame)
      }
      lastFrame = frame.grid
      repaintAll = false
      dirty = false
      lastRender = clock.now
    }

    func markLinks(_ frame: RenderedFrame) {
      for link in frame.links {
        var text = ""
        for x in link.x..<min(link.x + link.width, frame.grid.size.width) {
          text += frame.grid[x, link.y].text
        }
        let style = frame.grid[link.x, link.y].style
        let sequence = ControlSequence.hyperlink(
          url: link.url, text: text, style: style, x: link.x, y: link.y,
          id: "gazette-\(state.reader.article ?? 0)")
        if let sequence { backend.send(sequence) }
      }
    }

    if let exit = apply(.started) { return exit }
    render()
    while true {
      let waiting = dirty || runner.isBusy
      var urgent = false
      // A timer (a dwell, a pause in typing) is waited for, not polled for.
      let timeout =
        waiting
        ? EventPolling.busyMilliseconds
        : min(EventPolling.idleMilliseconds, runner.millisecondsUntilNextTimer ?? Int.max)
      if var event = backend.nextEvent(timeoutMilliseconds: timeout) {
        urgent = true
        var drained = 0
        while true {
          if let exit = apply(.event(event)) { return exit }
          drained += 1
          guard drained < 1_024, let more = backend.nextEvent(timeoutMilliseconds: 0) else {
            break
          }
          event = more
        }
      }
      for action in runner.takeActions() {
        if let exit = apply(action) { return exit }
        switch action {
        case .loaded, .bodySearchProgress, .directoryReloaded: break
        default: urgent = true
        }
      }
      let due = lastRender.map { clock.now - $0 >= Self.frameInterval } ?? true
      if dirty, urgent || repaintAll || due {
        render()
      }
    }
  }
}
