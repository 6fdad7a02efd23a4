import GazetteState

/// The JSON-lines form of reading state that `gazette state export` writes (and `import` reads,
/// through `StateExchangeLine`).
enum StateJSON {
  /// `{"id":…,"read":…,"read_changed":…,"flagged":…,"flag_changed":…,"first_seen":…}`.
  static func line(id: String, state: ArticleReadingState) -> [UInt8] {
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("id", id)
    writer.field("read", state.read?.isOn)
    writer.field("read_changed", state.read?.changedAt.iso8601)
    writer.field("flagged", state.flagged?.isOn)
    writer.field("flag_changed", state.flagged?.changedAt.iso8601)
    writer.field("first_seen", state.firstSeen?.iso8601)
    writer.endObject()
    return writer.bytes
  }
}
