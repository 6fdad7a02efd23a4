/// One line of the key help: keys and what they do, as the `?` overlay and docs/keys.md
/// show it (`KeyMap.helpLines`).
struct HelpLine: Hashable, Sendable {
  /// The keys, as the user reads them (`↑ ↓  k j`).
  var keys: String
  /// What they do.
  var action: String
}
