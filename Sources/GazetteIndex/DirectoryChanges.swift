import GazetteModel

/// What changed in a data directory since the index last saw it, by comparing the stamps
/// (size, modification time, inode, device) of the files listed with those stored.
///
/// The one description of "the directory changed" for the index's revalidation and for a
/// live reader that watches the directory: paths added, changed, removed, and renamed (a
/// file gone from one path and present at another with the same stamp).
public struct DirectoryChanges: Hashable, Sendable {
  /// Files new to the index.
  public var added: [String] = []
  /// Files whose stamp differs from the stored one.
  public var changed: [String] = []
  /// Files no longer in the directory.
  public var removed: [String] = []
  /// Files that moved: the same stamp under a new path (their ids may change with the path).
  public var renamed: [(from: String, to: String)] = []
  /// Whether the problems of the walk (unreadable folders, odd entries) changed.
  public var walkProblemsChanged = false

  /// Creates an empty set of changes.
  public init() {}

  /// Whether nothing changed.
  public var isEmpty: Bool {
    added.isEmpty && changed.isEmpty && removed.isEmpty && renamed.isEmpty
      && !walkProblemsChanged
  }

  /// The paths whose contents must be read: added, changed and the new paths of renamed files.
  public var pathsToRead: [String] {
    (added + changed + renamed.map(\.to)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// The paths whose stored rows must go: changed, removed and the old paths of renamed files.
  public var pathsToDrop: [String] {
    changed + removed + renamed.map(\.from)
  }

  /// The changes from the `stored` stamps to the files `listed` now.
  ///
  /// Both lists are in the byte order of their paths (the walk's order, and SQL's `ORDER BY`
  /// on text), so one merge finds what was added, changed and removed without hashing a
  /// path; lists that are not in that order are sorted first.
  public static func between(
    stored: [(path: String, stamp: FileStamp?)], listed: [DirectoryListing.File]
  ) -> DirectoryChanges {
    let stored =
      isInByteOrder(stored.lazy.map(\.path))
      ? stored : stored.sorted { precedes($0.path, $1.path) }
    let listed =
      isInByteOrder(listed.lazy.map(\.relativePath))
      ? listed : listed.sorted { precedes($0.relativePath, $1.relativePath) }
    var changes = DirectoryChanges()
    var added: [DirectoryListing.File] = []
    var removed: [(path: String, stamp: FileStamp?)] = []
    var old = 0
    var new = 0
    while old < stored.count || new < listed.count {
      if new == listed.count
        || (old < stored.count && precedes(stored[old].path, listed[new].relativePath))
      {
        removed.append(stored[old])
        old += 1
      } else if old == stored.count || precedes(listed[new].relativePath, stored[old].path) {
        added.append(listed[new])
        new += 1
      } else {
        let stamp = stored[old].stamp
        if stamp == nil || listed[new].stamp == nil || stamp != listed[new].stamp {
          changes.changed.append(listed[new].relativePath)
        }
        old += 1
        new += 1
      }
    }
    var removedByStamp: [FileStamp: String] = [:]
    for (path, stamp) in removed {
      if let stamp, removedByStamp[stamp] == nil {
        removedByStamp[stamp] = path
      } else {
        changes.removed.append(path)
      }
    }
    for file in added {
      if let stamp = file.stamp, let from = removedByStamp.removeValue(forKey: stamp) {
        changes.renamed.append((from, file.relativePath))
      } else {
        changes.added.append(file.relativePath)
      }
    }
    changes.removed.append(contentsOf: removedByStamp.values)
    changes.removed.sort(by: precedes)
    return changes
  }

  /// The changes from the `stored` stamps, by path, to the files `listed` now.
  public static func between(
    stored: [String: FileStamp?], listed: [DirectoryListing.File]
  ) -> DirectoryChanges {
    between(stored: stored.map { (path: $0.key, stamp: $0.value) }, listed: listed)
  }

  /// Whether `lhs` comes before `rhs` in the byte order of their UTF-8.
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  private static func isInByteOrder(_ paths: some Sequence<String>) -> Bool {
    var previous: String?
    for path in paths {
      if let previous, !precedes(previous, path) { return false }
      previous = path
    }
    return true
  }

  /// Whether two sets of changes name the same paths.
  public static func == (lhs: DirectoryChanges, rhs: DirectoryChanges) -> Bool {
    lhs.added == rhs.added && lhs.changed == rhs.changed && lhs.removed == rhs.removed
      && lhs.renamed.map(\.from) == rhs.renamed.map(\.from)
      && lhs.renamed.map(\.to) == rhs.renamed.map(\.to)
      && lhs.walkProblemsChanged == rhs.walkProblemsChanged
  }

  /// Hashes the paths.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(added)
    hasher.combine(changed)
    hasher.combine(removed)
    hasher.combine(renamed.map(\.to))
  }
}
