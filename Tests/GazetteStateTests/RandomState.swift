import GazetteState
import GazetteTestSupport

/// Random article states over a few times and values, so ties and missing fields are common.
enum RandomState {
  /// A state with each field missing a third of the time.
  static func make(using generator: inout SeededGenerator) -> ArticleReadingState {
    func toggle() -> StampedToggle? {
      generator.next() % 3 == 0
        ? nil
        : StampedToggle(
          isOn: generator.next() % 2 == 0,
          changedAt: StateTime(milliseconds: Int64(generator.next() % 4)))
    }
    let read = toggle()
    let flagged = toggle()
    let firstSeen =
      generator.next() % 3 == 0 ? nil : StateTime(milliseconds: Int64(generator.next() % 4))
    return ArticleReadingState(read: read, flagged: flagged, firstSeen: firstSeen)
  }
}
