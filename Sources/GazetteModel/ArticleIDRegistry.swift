/// Makes article ids unique across a load, in path order: a repeated id gets a `~2`, `~3`, …
/// suffix and a warning; the first article to use an id keeps it.
struct ArticleIDRegistry {
  /// For each id, the file that first used it, as a position in `paths` (smaller than a path).
  private var owners: [ExactText: Int] = [:]
  /// Paths of the files that own ids, each once.
  private var paths: [String] = []

  /// Makes room for `count` ids.
  mutating func reserveCapacity(_ count: Int) {
    owners.reserveCapacity(count)
  }

  /// Registers `article`'s id, renaming it when taken; returns the warning for a rename.
  mutating func register(_ article: inout Article) -> LoadProblem? {
    let id = article.id
    let path = article.location.relativePath
    if paths.last != path { paths.append(path) }
    let fileNumber = paths.count - 1
    guard let ownerNumber = owners[ExactText(text: id)] else {
      owners[ExactText(text: id)] = fileNumber
      return nil
    }
    let owner = paths[ownerNumber]
    var suffix = 2
    var candidate = id + "~2"
    while owners[ExactText(text: candidate)] != nil {
      suffix += 1
      candidate = id + "~\(suffix)"
    }
    owners[ExactText(text: candidate)] = fileNumber
    article.id = candidate
    let prefix = article.location.index.map { "article \($0): " } ?? ""
    let place = owner == path ? "an earlier article in this file" : owner
    return LoadProblem(
      path: path,
      message: "\(prefix)the id \(ProblemText.quoted(id)) is already used by \(place); "
        + "this article is listed as \(ProblemText.quoted(candidate))",
      severity: .warning)
  }
}
