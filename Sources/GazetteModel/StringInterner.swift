/// Shares one copy of strings (and breadcrumbs) that repeat across articles, such as sources.
///
/// Each load worker owns one, so no locking is needed; at most one copy per worker remains.
final class StringInterner {
  /// Past this many distinct values, new ones are no longer remembered (they were not repeating).
  private let capacity = 20_000
  private var strings: [ExactText: String] = [:]
  private var lists: [[ExactText]: [String]] = [:]

  /// The shared copy of `text`.
  func intern(_ text: String) -> String {
    let key = ExactText(text: text)
    if let shared = strings[key] { return shared }
    if strings.count < capacity { strings[key] = text }
    return text
  }

  /// The shared copy of `list`.
  func intern(_ list: [String]) -> [String] {
    if list.isEmpty { return list }
    let key = list.map { ExactText(text: $0) }
    if let shared = lists[key] { return shared }
    let interned = list.map(intern)
    if lists.count < capacity { lists[key] = interned }
    return interned
  }
}
