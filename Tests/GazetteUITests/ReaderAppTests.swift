import GazetteModel
import GazetteTestSupport
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

@Suite struct ReaderAppTests {
  private func app(_ provider: some ArticleProvider, colors: Bool = true) -> ReaderApp {
    ReaderApp(options: ReaderOptions(dataDirectory: "data", colors: colors), provider: provider)
  }

  @Test func scriptedKeysDriveTheWholeReader() {
    var steps: [MemoryBackend.Step] = [
      .capture, MemoryBackend.press(.down), MemoryBackend.press(.down),
    ]
    steps += [MemoryBackend.press(.enter), .capture, MemoryBackend.press(.character("/"))]
    steps += MemoryBackend.typing("council")
    steps += [MemoryBackend.press(.enter), .capture, MemoryBackend.press(.character("q"))]
    let backend = MemoryBackend(size: GridSize(width: 80, height: 24), steps: steps)
    let reader = app(SampleArticles.provider)
    #expect(reader.run(on: backend) == .quit)
    #expect(backend.captures.count == 3)
    let first = backend.captures[0]
    #expect(first.rowText(1).hasPrefix(" • 2023-05-05 盤錦日報         明確目標 突出重點"))
    #expect(first.rowText(9) == " 明確目標 突出重點 壓實責任 形成合力" + String(repeating: " ", count: 44))
    let second = backend.captures[1]
    #expect(second.rowText(9).hasPrefix(" 서울특별시 대중교통 요금 조정 안내"))
    #expect(second.rowText(23).hasPrefix(" 3/6  all  2 problems (!)"))
    let third = backend.captures[2]
    #expect(third.rowText(0).hasPrefix("Gazette  data  search: council"))
    #expect(third.rowText(1).hasPrefix(" • 2023-05-02 Springfield      City Council approves"))
    #expect(third.rowText(2).trimmingCharacters(in: .whitespaces).isEmpty)
    #expect(backend.screen == reader.lastFrame)
  }

  @Test func theFirstScreenAppearsBeforeLoadingFinishes() {
    let provider = InstrumentedProvider(base: SampleArticles.provider, gated: true)
    let backend = MemoryBackend(size: GridSize(width: 80, height: 24), steps: [.capture])
    var firstScreen: String?
    backend.onPaint = { screen in
      if firstScreen == nil {
        firstScreen = screen.text
        provider.gate?.signal()
      }
    }
    #expect(app(provider).run(on: backend) == .endOfInput)
    #expect(firstScreen?.contains("Loading…") == true)
    #expect(firstScreen?.contains("loading…") == true)
    #expect(backend.captures.first?.rowText(1).hasPrefix(" • 2023-05-05") == true)
  }

  @Test func signalsAndEndOfInputEndTheRun() {
    let signalled = MemoryBackend(
      size: GridSize(width: 80, height: 24), steps: [.event(.terminate(signal: 15))])
    #expect(app(SampleArticles.provider).run(on: signalled) == .signal(15))
    let ended = MemoryBackend(size: GridSize(width: 80, height: 24), steps: [.event(.endOfInput)])
    #expect(app(SampleArticles.provider).run(on: ended) == .endOfInput)
  }

  @Test func redrawClearsAndRepaintsEverything() {
    let steps: [MemoryBackend.Step] = [
      .waitForIdle, MemoryBackend.press(.control("l")), .waitForIdle, .event(.redraw),
      .waitForIdle,
    ]
    let backend = MemoryBackend(size: GridSize(width: 40, height: 12), steps: steps)
    let reader = app(SampleArticles.provider)
    _ = reader.run(on: backend)
    #expect(backend.clearCount == 3)
    #expect(reader.statistics.fullRepaints == 3)
    #expect(backend.screen == reader.lastFrame)
  }

  @Test func aMouseClickSelectsARow() {
    let steps: [MemoryBackend.Step] = [
      .waitForIdle, .event(.mouse(MouseEvent(kind: .click, x: 5, y: 4))), .capture,
    ]
    let backend = MemoryBackend(size: GridSize(width: 120, height: 40), steps: steps)
    let reader = app(SampleArticles.provider)
    _ = reader.run(on: backend)
    #expect(reader.lastState?.list.selectedRow == 3)
    #expect(backend.captures.first?.rowText(1).contains("City Council approves the 2023") == true)
  }

  @Test func aResizeStormEndsOnACorrectScreen() {
    var generator = SeededGenerator(seed: 11)
    var steps: [MemoryBackend.Step] = [.waitForIdle]
    for number in 0..<400 {
      let size = GridSize(
        width: Int.random(in: 0...150, using: &generator),
        height: Int.random(in: 0...60, using: &generator))
      steps.append(.event(.resize(size)))
      if number % 5 == 4 { steps.append(.waitForIdle) }
      if number % 50 == 0 { steps.append(MemoryBackend.press(.down)) }
    }
    steps += [.event(.resize(GridSize(width: 100, height: 30))), .capture]
    let backend = MemoryBackend(size: GridSize(width: 80, height: 24), steps: steps)
    var violations: [String] = []
    backend.onPaint = { screen in violations += GridInvariants.violations(in: screen) }
    let reader = app(SampleArticles.provider)
    #expect(reader.run(on: backend) == .endOfInput)
    #expect(violations.isEmpty, "\(violations.prefix(3))")
    #expect(backend.captures.last?.size == GridSize(width: 100, height: 30))
    #expect(backend.screen == reader.lastFrame)
    if let state = reader.lastState {
      #expect(reader.lastFrame == ScreenView.render(state).grid)
    }
    // Bursts of resizes are drawn once: about one frame per burst of five.
    #expect(reader.statistics.framesRendered < 140)
  }

  @Test func movingThroughOneHundredThousandArticlesDrawsOnlyWhatIsOnScreen() {
    let size = GridSize(width: 80, height: 24)
    var steps: [MemoryBackend.Step] = [.waitForIdle]
    // A thousand moves, drawn in 250 frames (keys arrive in bursts of four, as when a key
    // is held down), each frame after the reader settled.
    for _ in 0..<250 {
      steps += Array(repeating: MemoryBackend.press(.down), count: 4) + [.waitForIdle]
    }
    steps.append(.capture)
    let backend = MemoryBackend(size: size, steps: steps)
    let reader = app(LongArticles.many(100_000, batchSize: 5_000))
    _ = reader.run(on: backend)
    let stats = reader.statistics
    let listHeight = ScreenLayout(size: size).list.height
    #expect(reader.lastState?.list.selectedRow == 1_000)
    #expect(backend.captures.first?.rowText(23).hasPrefix(" 1,001/100,000") == true)
    #expect(stats.framesRendered >= 250)
    #expect(stats.mostListRowsInFrame <= listHeight)
    #expect(stats.listRowsDrawn <= stats.framesRendered * listHeight)
    // Each move repaints a fraction of the screen, not the screen.
    let afterFirstFrame = stats.cellsPainted - size.width * size.height
    #expect(afterFirstFrame / stats.framesRendered < size.width * size.height / 3)
  }
}
