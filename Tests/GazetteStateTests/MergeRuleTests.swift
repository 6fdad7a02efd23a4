import GazetteState
import GazetteTestSupport
import Testing

/// The merge rule: per article and per field, the later change wins; the earlier sighting wins.
@Suite struct MergeRuleTests {
  private func toggle(_ isOn: Bool, _ time: Int64) -> StampedToggle {
    StampedToggle(isOn: isOn, changedAt: StateTime(milliseconds: time))
  }

  @Test func theLaterChangeOfEachFieldWins() {
    var state = ArticleReadingState(read: toggle(true, 10), flagged: toggle(true, 30))
    let other = ArticleReadingState(read: toggle(false, 20), flagged: toggle(false, 25))
    let changed = state.merge(other)
    #expect(changed)
    #expect(state.read == toggle(false, 20))
    #expect(state.flagged == toggle(true, 30))
    let changedAgain = state.merge(other)
    #expect(!changedAgain)
  }

  @Test func fieldsKeepTheirValuesAndTimesWhateverTheTime() {
    for milliseconds: Int64 in [
      0, 1, -1, -2, 1_796_523_235_123, -62_135_596_800_000, 253_402_300_799_999,
    ] {
      for isOn in [false, true] {
        let toggle = StampedToggle(isOn: isOn, changedAt: StateTime(milliseconds: milliseconds))
        var state = ArticleReadingState(
          read: toggle, firstSeen: StateTime(milliseconds: milliseconds))
        #expect(state.read == toggle && state.flagged == nil && state.isRead == isOn)
        #expect(state.firstSeen == StateTime(milliseconds: milliseconds))
        state.flagged = toggle
        state.read = nil
        #expect(state.flagged == toggle && state.read == nil && state.isFlagged == isOn)
        #expect(!state.isEmpty && !state.isRead)
      }
    }
    #expect(ArticleReadingState().isEmpty)
  }

  @Test func atTheSameMillisecondOnWins() {
    #expect(toggle(true, 5).wins(over: toggle(false, 5)))
    #expect(!toggle(false, 5).wins(over: toggle(true, 5)))
    #expect(toggle(false, 5).wins(over: nil))
  }

  @Test func theEarlierSightingWinsAndMissingFieldsChangeNothing() {
    var state = ArticleReadingState(
      read: toggle(true, 10), firstSeen: StateTime(milliseconds: 100))
    let earlier = state.merge(ArticleReadingState(firstSeen: StateTime(milliseconds: 50)))
    let later = state.merge(ArticleReadingState(firstSeen: StateTime(milliseconds: 70)))
    let nothing = state.merge(ArticleReadingState())
    #expect(earlier && !later && !nothing)
    #expect(
      state == ArticleReadingState(read: toggle(true, 10), firstSeen: StateTime(milliseconds: 50)))
  }

  /// Merging is commutative, associative and idempotent, so two machines that import each
  /// other's exports in any order agree.
  @Test func mergingInAnyOrderGivesTheSameState() {
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<2_000 {
      let states = (0..<3).map { _ in RandomState.make(using: &generator) }
      var forward = ArticleReadingState()
      for state in states { forward.merge(state) }
      var backward = ArticleReadingState()
      for state in states.reversed() { backward.merge(state) }
      var twice = forward
      for state in states { twice.merge(state) }
      #expect(forward == backward)
      #expect(twice == forward)
    }
  }
}
