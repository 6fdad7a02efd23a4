/// Decides which sources a typed name means: the one rule for the reader's source picker and
/// for `gazette list --source`, so the two never disagree.
///
/// Names compare as the search does (`SearchPattern`: case-insensitive, fullwidth and
/// halfwidth forms alike). The picker narrows its list to `candidates(for:)`, every source
/// whose label contains what was typed; the command line takes `resolve(_:)`, which prefers
/// the sources whose whole name is the text, else the one source it begins, else the one
/// source that contains it.
public struct SourceMatcher: Sendable {
  /// The sources to choose from, in the order candidates are returned.
  public let sources: [SourceSummary]

  /// A matcher over `sources`.
  public init(sources: [SourceSummary]) {
    self.sources = sources
  }

  /// How a source is labelled: its raw name, or "(no source)" when it has none.
  ///
  /// The name is untrusted text, as the articles give it: callers sanitise it before drawing.
  public static func label(of name: String?) -> String {
    guard let name, !name.isEmpty else { return "(no source)" }
    return name
  }

  /// The sources whose label contains `text`, in the order of `sources` (all of them for an
  /// empty text).
  public func candidates(for text: String) -> [SourceSummary] {
    let pattern = SearchPattern(text)
    return sources.filter { pattern.matches(Self.label(of: $0.name)) }
  }

  /// The sources `text` names: those whose whole name it is, else the only one whose name
  /// begins with it, else the only one whose name contains it; none when it is ambiguous or
  /// matches nothing.
  ///
  /// An empty text names the articles without a source, as an empty source filter does.
  public func resolve(_ text: String) -> [SourceSummary] {
    guard !text.isEmpty else { return sources.filter { ($0.name ?? "").isEmpty } }
    let found = candidates(for: text)
    let wanted = SearchFolding.fold(text)
    let folded = found.map { SearchFolding.fold(Self.label(of: $0.name)) }
    let whole = found.indices.filter { folded[$0] == wanted }
    if !whole.isEmpty { return whole.map { found[$0] } }
    let prefixed = found.indices.filter { folded[$0].starts(with: wanted) }
    if prefixed.count == 1 { return [found[prefixed[0]]] }
    if prefixed.isEmpty, found.count == 1 { return found }
    return []
  }
}
