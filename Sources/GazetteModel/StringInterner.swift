/// Shares one copy of strings (and breadcrumbs) that repeat across articles, such as sources.
///
/// Each load worker owns one, so no locking is needed; at most one copy per worker remains.
final class StringInterner {
  /// Past this many distinct values, new ones are no longer remembered (they were not repeating).
  private let capacity = 20_000
  private var strings: [String: String] = [:]
  private var lists: [[String]: [String]] = [:]

  /// The shared copy of `text`.
  func intern(_ text: String) -> String {
    if let shared = strings[text] { return shared }
    if strings.count < capacity { strings[text] = text }
    return text
  }

  /// The shared copy of `list`.
  func intern(_ list: [String]) -> [String] {
    if list.isEmpty { return list }
    if let shared = lists[list] { return shared }
    let interned = list.map(intern)
    if lists.count < capacity { lists[interned] = interned }
    return interned
  }
}
