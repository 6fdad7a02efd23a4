import GazetteState
import Testing

/// Times as the exchange format writes and reads them.
@Suite struct StateTimeTests {
  @Test func writesUTCWithMilliseconds() {
    #expect(StateTime(milliseconds: 0).iso8601 == "1970-01-01T00:00:00.000Z")
    #expect(StateTime(milliseconds: 1_796_523_235_123).iso8601 == "2026-12-06T02:13:55.123Z")
    #expect(StateTime(milliseconds: 951_782_400_000).iso8601 == "2000-02-29T00:00:00.000Z")
    #expect(StateTime(milliseconds: -1).iso8601 == "1969-12-31T23:59:59.999Z")
  }

  @Test func readsWhatItWritesAndShorterFractions() {
    for milliseconds: Int64 in [0, 1, 999, 86_399_999, 951_782_400_000, 1_796_523_235_123, -1] {
      let time = StateTime(milliseconds: milliseconds)
      #expect(StateTime(iso8601: time.iso8601) == time)
    }
    #expect(StateTime(iso8601: "2026-12-06T02:13:55Z")?.milliseconds == 1_796_523_235_000)
    #expect(StateTime(iso8601: "2026-12-06T02:13:55.1Z")?.milliseconds == 1_796_523_235_100)
    #expect(StateTime(iso8601: "2026-12-06T02:13:55.123456789Z")?.milliseconds == 1_796_523_235_123)
  }

  @Test func refusesWhatIsNotAUTCTime() {
    for text in [
      "", "2026-12-06", "2026-12-06T02:13:55", "2026-12-06T02:13:55+08:00", "2026-13-01T00:00:00Z",
      "2026-02-29T00:00:00Z", "2026-12-06T24:00:00Z", "2026-12-06T02:13:55.Z",
      "2026-12-06T02:13:55.1234567890Z", "２０２６-12-06T02:13:55Z", "2026-12-06 02:13:55Z",
    ] {
      #expect(StateTime(iso8601: text) == nil, "\(text)")
    }
  }
}
