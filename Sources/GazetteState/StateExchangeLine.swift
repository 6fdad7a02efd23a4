import Foundation

/// One line of `gazette state export` / `state import`: an article's state as a JSON object.
///
/// `{"id":"…","read":true,"read_changed":"2026-12-06T02:13:55.123Z","flagged":false,
/// "flag_changed":null,"first_seen":"…"}`: a value and the time it changed travel together,
/// so a merge can tell which change is later. Fields other than these are ignored, so a newer
/// Gazette's export still imports.
public enum StateExchangeLine {
  /// The article id and state on `line`; throws `StateExchangeProblem` naming what is wrong.
  public static func decode(_ line: some StringProtocol) throws(StateExchangeProblem) -> (
    String, ArticleReadingState
  ) {
    let fields: Fields
    do {
      fields = try JSONDecoder().decode(Fields.self, from: Data(line.utf8))
    } catch DecodingError.typeMismatch(_, let context) {
      let name = context.codingPath.last?.stringValue ?? ""
      guard !name.isEmpty else { throw StateExchangeProblem("not a JSON object") }
      let expected = ["read", "flagged"].contains(name) ? "true, false or null" : "a string"
      throw StateExchangeProblem("\"\(name)\" is not \(expected)")
    } catch {
      throw StateExchangeProblem("not valid JSON")
    }
    guard let id = fields.id, !id.isEmpty else { throw StateExchangeProblem("no \"id\"") }
    return (
      id,
      ArticleReadingState(
        read: try toggle(fields.read, "read", fields.readChanged, "read_changed"),
        flagged: try toggle(fields.flagged, "flagged", fields.flagChanged, "flag_changed"),
        firstSeen: try time(fields.firstSeen, "first_seen"))
    )
  }

  /// The fields a line may have; others are ignored.
  private struct Fields: Decodable {
    var id: String?
    var read: Bool?
    var readChanged: String?
    var flagged: Bool?
    var flagChanged: String?
    var firstSeen: String?

    enum CodingKeys: String, CodingKey {
      case id, read, flagged
      case readChanged = "read_changed"
      case flagChanged = "flag_changed"
      case firstSeen = "first_seen"
    }
  }

  private static func toggle(
    _ value: Bool?, _ name: String, _ changed: String?, _ changedName: String
  )
    throws(StateExchangeProblem) -> StampedToggle?
  {
    switch (value, try time(changed, changedName)) {
    case (nil, nil): return nil
    case (let value?, let changedAt?): return StampedToggle(isOn: value, changedAt: changedAt)
    case (nil, _?): throw StateExchangeProblem("\"\(changedName)\" without \"\(name)\"")
    case (_?, nil): throw StateExchangeProblem("\"\(name)\" without \"\(changedName)\"")
    }
  }

  private static func time(_ text: String?, _ name: String) throws(StateExchangeProblem)
    -> StateTime?
  {
    guard let text else { return nil }
    guard let time = StateTime(iso8601: text) else {
      throw StateExchangeProblem(
        "\"\(name)\" is not a UTC time such as \"2026-12-06T02:13:55.123Z\"")
    }
    return time
  }
}
