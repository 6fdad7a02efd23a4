import GazetteModel
import GazetteState
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The marks column and bold unread titles, as a monochrome (`NO_COLOR`) terminal shows them.
@Suite struct ReadingMarksSnapshotTests {
  private func driver(colors: Bool) -> ReducerDriver {
    let stamp = StampedToggle(isOn: true, changedAt: StateTime(milliseconds: 10))
    let before = StateTime(milliseconds: 500)
    let snapshot = ReadingStateSnapshot(
      states: [
        "panjin-1": ArticleReadingState(read: stamp, firstSeen: before),
        "tokyo-1": ArticleReadingState(flagged: stamp, firstSeen: before),
        "city-1": ArticleReadingState(read: stamp, flagged: stamp, firstSeen: before),
        "mixed-1": ArticleReadingState(firstSeen: before),
        "hostile-1": ArticleReadingState(firstSeen: before),
      ], previousRunStart: StateTime(milliseconds: 1_000))
    var driver = ReducerDriver(
      size: GridSize(width: 80, height: 24), colors: colors, usesStore: true)
    driver.send(.readingStateOpened(snapshot, persistent: true, notices: []))
    return driver
  }

  @Test func marksShowWithoutColour() {
    let grid = ScreenView.render(driver(colors: false).state).grid
    #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
    // seoul-1 is new (no run saw it), so the reader starts on it.
    #expect(grid.rowText(3).hasPrefix(" N 2023-05-03"))
    #expect(grid.rowText(1).hasPrefix("   2023-05-05"), "read: no mark")
    #expect(grid.rowText(2).hasPrefix("!• 2023-05-04"), "flagged and unread")
    #expect(grid.rowText(4).hasPrefix("!  2023-05-02"), "flagged and read")
    #expect(grid.rowText(23).contains("4 unread, 1 new"))
    ScreenSnapshot.assert(grid, named: "monochrome", styles: true)
  }

  @Test func marksInColourAndTheUnreadView() {
    var driver = driver(colors: true)
    driver.press(.character("v"))
    ScreenSnapshot.assert(ScreenView.render(driver.state).grid, named: "unread-view", styles: true)
  }
}
