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

  /// The changes from the `stored` stamps (by path) to the files `listed` now.
  public static func between(
    stored: [String: FileStamp?], listed: [DirectoryListing.File]
  ) -> DirectoryChanges {
    var changes = DirectoryChanges()
    var listedPaths = Set<String>()
    listedPaths.reserveCapacity(listed.count)
    var added: [DirectoryListing.File] = []
    for file in listed {
      listedPaths.insert(file.relativePath)
      guard let stamp = stored[file.relativePath] else {
        added.append(file)
        continue
      }
      if stamp == nil || file.stamp == nil || stamp != file.stamp {
        changes.changed.append(file.relativePath)
      }
    }
    var removedByStamp: [FileStamp: String] = [:]
    for (path, stamp) in stored where !listedPaths.contains(path) {
      if let stamp {
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
    changes.removed.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return changes
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
