import GazetteModel
import GazetteState

/// A new article list prepared off the main loop from a `DirectoryReload`, against the list
/// the reader showed when the reload came: everything the reducer needs to swap lists in one
/// cheap pass (see `ReaderState.replaceList`).
///
/// Articles are matched by id. An article whose file was not touched and whose metadata is
/// the same *survives*: it keeps its marks, its cached body and wrapped document, its body
/// search result and its place in a filtered list. Every other article is *fresh* and is
/// filtered, searched and marked as a newly loaded one is; fresh articles whose id the old
/// list had keep their reading marks and stay selected (a changed file), the rest have
/// arrived.
struct ListReplacement: Sendable {
  /// The reload generation it answers (a newer reload makes it moot).
  let generation: Int
  /// Why the directory was read.
  let reason: DirectoryReload.Reason
  /// Number of articles of the list it replaces (a check that it replaces that list).
  let oldCount: Int
  /// The new store: survivors first, in their old arrival order, then the fresh articles.
  var store: ArticleStore
  /// The sources of the new list with their counts.
  let sources: SourceList
  /// The problems of the new load.
  let problems: [LoadProblem]
  /// Number of files read.
  let fileCount: Int
  /// For each arrival index of the old list, the article's new arrival index (by id), or -1
  /// when its id is gone.
  let oldToNew: [Int32]
  /// For each new arrival index, the old arrival index of the same id, or -1 (arrived).
  let newToOld: [Int32]
  /// Number of survivors: arrival indices below it are survivors, the rest fresh.
  let survivorCount: Int
  /// The fresh articles whose id is new to the list, ascending.
  let arrived: [Int32]
  /// The stored reading state of each `arrived` article, when the store was open.
  let arrivedStates: [ArticleReadingState]?
  /// Articles whose id stayed but whose file changed.
  let changedCount: Int
  /// Articles whose id is gone.
  let removedCount: Int

  /// Prepares the list of `reload` (which must have a result) to replace `old`.
  ///
  /// `states` looks up the stored reading state of the articles that arrived (`nil` when the
  /// store is not open yet: the reducer resolves them when it opens).
  init(
    reload: DirectoryReload, replacing old: ArticleStore, generation: Int,
    states: ([String]) -> [ArticleReadingState]? = { _ in nil }
  ) {
    let result = reload.result ?? LoadResult(articles: [], problems: [], fileCount: 0)
    let articles = result.articles
    self.generation = generation
    reason = reload.reason
    oldCount = old.count
    problems = result.problems
    fileCount = result.fileCount
    var positionByID: [String: Int] = [:]
    if old.count > 0 {
      positionByID.reserveCapacity(articles.count)
      for (position, article) in articles.enumerated() where positionByID[article.id] == nil {
        positionByID[article.id] = position
      }
    }
    // Survivors first, in old arrival order; a fresh article is marked by -2 - its position
    // in the result until the fresh articles are numbered.
    var survives = [Bool](repeating: false, count: articles.count)
    var survivors: [Int32] = []
    var oldToNew = [Int32](repeating: -1, count: old.count)
    for index in 0..<old.count {
      let article = old[Int32(index)]
      guard let position = positionByID[article.id] else { continue }
      if !reload.touchedPaths.contains(article.location.relativePath),
        articles[position] == article
      {
        survives[position] = true
        oldToNew[index] = Int32(survivors.count)
        survivors.append(Int32(index))
      } else {
        oldToNew[index] = -2 - Int32(position)
      }
    }
    var fresh: [Article] = []
    var freshIndex = [Int32](repeating: -1, count: articles.count)
    fresh.reserveCapacity(articles.count - survivors.count)
    for position in articles.indices where !survives[position] {
      freshIndex[position] = Int32(survivors.count + fresh.count)
      fresh.append(articles[position])
    }
    var newToOld = survivors + [Int32](repeating: -1, count: fresh.count)
    var changed = 0
    var removed = 0
    for index in oldToNew.indices {
      let mark = oldToNew[index]
      if mark == -1 {
        removed += 1
      } else if mark <= -2 {
        let renumbered = freshIndex[Int(-2 - mark)]
        oldToNew[index] = renumbered
        newToOld[Int(renumbered)] = Int32(index)
        changed += 1
      }
    }
    let arrived = (survivors.count..<newToOld.count).filter { newToOld[$0] < 0 }.map {
      Int32($0)
    }
    store = ArticleStore(replacing: old, survivors: survivors, oldToNew: oldToNew, fresh: fresh)
    var sources = SourceList()
    sources.add(articles)
    self.sources = sources
    self.oldToNew = oldToNew
    self.newToOld = newToOld
    survivorCount = survivors.count
    self.arrived = arrived
    let offset = survivors.count
    arrivedStates = arrived.isEmpty ? [] : states(arrived.map { fresh[Int($0) - offset].id })
    changedCount = changed
    removedCount = removed
  }

  /// The new arrival index of old article `index`, when its id is still there.
  func renumbered(_ index: Int32?) -> Int32? {
    guard let index, index >= 0, Int(index) < oldToNew.count, oldToNew[Int(index)] >= 0
    else { return nil }
    return oldToNew[Int(index)]
  }

  /// The new arrival index of old article `index` when it survived unchanged.
  func survivor(_ index: Int32?) -> Int32? {
    guard let renumbered = renumbered(index), renumbered < survivorCount else { return nil }
    return renumbered
  }
}
