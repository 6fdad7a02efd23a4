import GazetteState
import Testing

/// Lines of `gazette state import`: what is accepted and how a bad line is described.
@Suite struct StateExchangeLineTests {
  @Test func readsEveryField() throws {
    let (id, state) = try StateExchangeLine.decode(
      #"{"id":"盤錦/2023/a#2","read":true,"read_changed":"2026-12-06T02:13:55.123Z","#
        + #""flagged":false,"flag_changed":"2026-12-05T00:00:00.000Z","first_seen":"2026-12-01T08:00:00Z","x":1}"#
    )
    #expect(id == "盤錦/2023/a#2")
    #expect(
      state.read == StampedToggle(isOn: true, changedAt: StateTime(milliseconds: 1_796_523_235_123))
    )
    #expect(state.flagged?.isOn == false)
    #expect(state.firstSeen == StateTime(iso8601: "2026-12-01T08:00:00.000Z"))
  }

  @Test func missingAndNullFieldsAreNeverSet() throws {
    let (_, state) = try StateExchangeLine.decode(#"{"id":"a","flagged":null,"flag_changed":null}"#)
    #expect(state.isEmpty)
  }

  @Test func describesWhatIsWrong() {
    let cases: [(String, String)] = [
      (#"{"id":"a","read":true"#, "not valid JSON"),
      ("", "not valid JSON"),
      ("[1]", "not a JSON object"),
      (#"{"read":true,"read_changed":"2026-12-06T02:13:55Z"}"#, "no \"id\""),
      (#"{"id":""}"#, "no \"id\""),
      (
        #"{"id":"a","read":1,"read_changed":"2026-12-06T02:13:55Z"}"#,
        "\"read\" is not true, false or null"
      ),
      (#"{"id":"a","read":true}"#, "\"read\" without \"read_changed\""),
      (
        #"{"id":"a","flag_changed":"2026-12-06T02:13:55Z"}"#, "\"flag_changed\" without \"flagged\""
      ),
      (
        #"{"id":"a","first_seen":"yesterday"}"#,
        "\"first_seen\" is not a UTC time such as \"2026-12-06T02:13:55.123Z\""
      ),
      (#"{"id":7}"#, "\"id\" is not a string"),
    ]
    for (line, message) in cases {
      #expect(throws: StateExchangeProblem(message), "\(line)") {
        _ = try StateExchangeLine.decode(line)
      }
    }
  }
}
