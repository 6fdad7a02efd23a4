import Foundation
import GRDB
import GRDBSQLite
import GazetteModel

#if canImport(Glibc)
  import Glibc
#endif

/// The persistent index of one data directory: its articles' metadata, its problems, and a
/// full-text index of the bodies, in an SQLite file under the cache folder (see
/// `IndexLocation`).
///
/// A cache: deleting it loses nothing. A full build writes a new file and then switches the
/// `current` file to it (temporary file + rename), so a reader never sees half an index and
/// two processes building at once both finish with a whole one. Changes found by
/// `revalidate(with:)` are applied to the index in use in one transaction (WAL mode).
public final class ArticleIndex: @unchecked Sendable {
  /// Where the index lives.
  public let location: IndexLocation
  /// The index file in use.
  public let path: String
  // GRDB's queue serialises every access to the connection.
  private let database: DatabaseQueue

  private init(location: IndexLocation, path: String, database: DatabaseQueue) {
    self.location = location
    self.path = path
    self.database = database
  }

  // MARK: - Opening

  /// Opens the index in use at `location`: `nil` when there is none; throws an
  /// `IndexProblem` when it is damaged, of another format or of another directory.
  public static func openExisting(at location: IndexLocation) throws(IndexProblem)
    -> ArticleIndex?
  {
    guard let name = try? String(contentsOfFile: location.currentFile, encoding: .utf8) else {
      return nil
    }
    let fileName = name.trimmingCharacters(in: .whitespacesAndNewlines)
    guard fileName.hasPrefix("index-"), !fileName.contains("/") else {
      throw IndexProblem.damaged("its `current` file names no index file")
    }
    let path = location.folder + "/" + fileName
    guard FileManager.default.fileExists(atPath: path) else {
      throw IndexProblem.damaged("the file \(fileName) is missing")
    }
    do {
      let database = try DatabaseQueue(path: path, configuration: configuration())
      let index = ArticleIndex(location: location, path: path, database: database)
      try index.validate()
      return index
    } catch let problem as IndexProblem {
      throw problem
    } catch {
      throw IndexProblem.damaged(IndexProblem.describe(error))
    }
  }

  /// Checks the format, the directory and that no page is missing.
  private func validate() throws {
    try database.read { db in
      let meta = try [String: String](
        try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
          (($0["key"] as String?) ?? "", ($0["value"] as String?) ?? "")
        },
        uniquingKeysWith: { $1 })
      guard let format = meta["format"].flatMap(Int.init) else {
        throw IndexProblem.damaged("it has no format version")
      }
      guard format == IndexSchema.formatVersion else {
        throw IndexProblem.otherFormat(format)
      }
      guard meta["directory"] == location.directory else {
        throw IndexProblem.damaged("it indexes another directory (\(meta["directory"] ?? "?"))")
      }
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
      let walSize = ArticleIndex.fileSize(path + "-wal") ?? 0
      if walSize == 0, let size = ArticleIndex.fileSize(path), size < pages * pageSize {
        throw IndexProblem.damaged("the file is truncated (\(size) of \(pages * pageSize) bytes)")
      }
    }
  }

  /// Files read and inserted at a time while building.
  static let buildBatch = 2_048

  private static func configuration() -> Configuration {
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    // In WAL mode, NORMAL syncs at checkpoints, not at every commit: a commit survives a
    // crash of the process (kill -9), and a power cut loses at most the last ones, never the
    // index's consistency; a cache needs no more, and a command does not wait for the disk.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    configuration.label = "gazette-index"
    return configuration
  }

  static func fileSize(_ path: String) -> Int? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return Int(status.st_size)
  }

  // MARK: - Building

  /// Builds a new index of the directory `scanner` reads and makes it the one in use.
  ///
  /// The build writes a private file (no journal: it is thrown away if anything fails), syncs
  /// it, renames it into place and then replaces `current`, so other processes keep using the
  /// previous index until the new one is whole.
  ///
  /// Without `indexingBodies`, the full-text table stays empty until the first body search
  /// fills it (`indexBodies`): a first `gazette list` then costs little more than reading
  /// the files, and only a search pays for the terms.
  public static func build(
    at location: IndexLocation, scanner: DirectoryScanner, indexingBodies: Bool = true
  ) throws(IndexProblem) -> ArticleIndex {
    do {
      try FileManager.default.createDirectory(
        atPath: location.folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw IndexProblem.unwritable(location.folder, IndexProblem.describe(error))
    }
    let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let buildingPath = location.folder + "/building-\(token).sqlite"
    let finalName = "index-\(token).sqlite"
    let finalPath = location.folder + "/" + finalName
    defer { unlink(buildingPath) }
    do {
      let database = try DatabaseQueue(path: buildingPath, configuration: configuration())
      try database.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try db.inTransaction {
          try IndexSchema.create(in: db)
          let listing = scanner.list()
          let writer = try IndexWriter(db)
          var failure: Error?
          // A batch at a time: the parsed files (with their terms, several times the size of
          // the bodies) wait for this thread to insert them, so memory stays bounded.
          let paths = listing.files.map(\.relativePath)
          for start in stride(from: 0, to: paths.count, by: ArticleIndex.buildBatch) {
            let batch = Array(paths[start..<min(start + ArticleIndex.buildBatch, paths.count)])
            scanner.scan(batch, bodyTerms: indexingBodies) { files in
              guard failure == nil else { return }
              do {
                for file in files { try writer.insert(file) }
              } catch {
                failure = error
              }
            }
            if let failure { throw failure }
          }
          try writer.replaceWalkProblems(listing.problems)
          try writer.setMeta([
            "format": String(IndexSchema.formatVersion), "directory": location.directory,
            "built": String(Int(Date().timeIntervalSince1970)),
            "updated": String(Int(Date().timeIntervalSince1970)), "orphans": "0",
            "bodies": indexingBodies ? "1" : "0",
          ])
          return .commit
        }
        try db.execute(sql: "PRAGMA journal_mode = WAL")
      }
      try database.close()
      try ArticleIndex.syncFile(buildingPath)
      guard rename(buildingPath, finalPath) == 0 else {
        throw IndexProblem.unwritable(location.folder, String(cString: strerror(errno)))
      }
      try ArticleIndex.writeCurrent(finalName, in: location, token: token)
      ArticleIndex.removeUnused(in: location, keeping: finalName)
      let opened = try DatabaseQueue(path: finalPath, configuration: configuration())
      return ArticleIndex(location: location, path: finalPath, database: opened)
    } catch let problem as IndexProblem {
      unlink(finalPath)
      throw problem
    } catch {
      unlink(finalPath)
      throw IndexProblem.unwritable(location.folder, IndexProblem.describe(error))
    }
  }

  /// Writes `current` atomically: a temporary file, synced, renamed over it, folder synced.
  private static func writeCurrent(_ name: String, in location: IndexLocation, token: String)
    throws
  {
    let temporary = location.folder + "/current.\(token).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data((name + "\n").utf8))
    else {
      throw IndexProblem.unwritable(location.folder, "cannot write \(temporary)")
    }
    try syncFile(temporary)
    guard rename(temporary, location.currentFile) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw IndexProblem.unwritable(location.folder, reason)
    }
    try syncFile(location.folder)
  }

  private static func syncFile(_ path: String) throws {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    defer { close(descriptor) }
    _ = fsync(descriptor)
  }

  /// Removes the index files other than `kept` that are more than a minute old (a process
  /// still reading one keeps it open; a younger one may be another build about to name it in
  /// `current`).
  private static func removeUnused(in location: IndexLocation, keeping kept: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: location.folder)
    else { return }
    let now = Int64(Date().timeIntervalSince1970 * 1e9)
    for name in names where name.hasPrefix("index-") && !name.hasPrefix(kept) {
      let path = location.folder + "/" + name
      guard let stamp = FileStamp(path: path), now - stamp.modified > 60 * 1_000_000_000
      else { continue }
      unlink(path)
    }
  }

  /// Removes the whole index of the directory (the folder and everything in it).
  public static func remove(at location: IndexLocation) throws {
    guard FileManager.default.fileExists(atPath: location.folder) else { return }
    try FileManager.default.removeItem(atPath: location.folder)
  }

  // MARK: - Reading

  /// Everything the index holds, as a load of the directory would give it.
  public func load() throws(IndexProblem) -> LoadResult {
    do {
      return try database.read { db in try IndexReader(db).load() }
    } catch let problem as IndexProblem {
      throw problem
    } catch {
      throw IndexProblem.damaged(IndexProblem.describe(error))
    }
  }

  /// The places of the articles whose body may contain `pattern`, and whether they all do;
  /// `nil` when the index cannot narrow the search (see `SearchFoldingTerms.query(for:)`).
  ///
  /// Patterns of one or two characters (units) are answered exactly; longer ones give the
  /// articles that have every pair of adjacent characters of the pattern, which
  /// `bodyMatches(_:in:root:)` checks against the files.
  ///
  /// The first search of an index built without bodies indexes them first (see
  /// `indexBodies(with:)`), reading the files of the index's directory.
  public func bodyCandidates(_ pattern: SearchPattern) throws(IndexProblem) -> BodyCandidates? {
    guard let query = SearchFoldingTerms.query(for: pattern) else { return nil }
    try indexBodies(with: DirectoryScanner(root: location.directory))
    do {
      let places = try database.read { db in
        try IndexReader(db).bodyMatches(query.expression)
      }
      return BodyCandidates(places: places, areExact: query.isExact)
    } catch {
      throw IndexProblem.damaged(IndexProblem.describe(error))
    }
  }

  /// The articles of `articles` whose body contains `pattern`, as positions in `articles`,
  /// ascending: the index's candidates, checked against the files under `root` when they are
  /// not exact; `nil` when the index cannot narrow the search (the caller scans instead).
  public func bodyMatches(_ pattern: SearchPattern, in articles: [Article], root: String)
    throws(IndexProblem) -> [Int]?
  {
    guard let candidates = try bodyCandidates(pattern) else { return nil }
    var positions: [Int] = []
    for (position, article) in articles.enumerated()
    where candidates.places.contains(article.location) {
      positions.append(position)
    }
    if candidates.areExact || positions.isEmpty { return positions }
    let search = BodySearch(articles: positions.map { articles[$0] }, pattern: pattern, root: root)
    return search.run(onProgress: { _ in }).matchingIndices.map { positions[$0] }
  }

  /// Figures about the index for `gazette index`.
  public func status() throws(IndexProblem) -> IndexStatus {
    do {
      return try database.read { db in
        let meta = try [String: String](
          try Row.fetchAll(db, sql: "SELECT key, value FROM meta").map {
            (($0["key"] as String?) ?? "", ($0["value"] as String?) ?? "")
          },
          uniquingKeysWith: { $1 })
        let files = try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0
        let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        let size =
          (ArticleIndex.fileSize(path) ?? 0) + (ArticleIndex.fileSize(path + "-wal") ?? 0)
        return IndexStatus(
          path: path, bytes: size, files: files, articles: articles,
          built: meta["built"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)),
          updated: meta["updated"].flatMap(TimeInterval.init).map(
            Date.init(timeIntervalSince1970:)),
          orphans: meta["orphans"].flatMap(Int.init) ?? 0)
      }
    } catch {
      throw IndexProblem.damaged(IndexProblem.describe(error))
    }
  }

  // MARK: - Revalidating

  /// What changed in the directory since the index last saw it, without applying it.
  public func pendingChanges(in listing: DirectoryListing) throws(IndexProblem)
    -> DirectoryChanges
  {
    do {
      let (stored, storedWalk) = try database.read { db in
        (try IndexReader(db).stamps(), try IndexReader(db).walkProblems())
      }
      var changes = DirectoryChanges.between(stored: stored, listed: listing.files)
      changes.walkProblemsChanged = storedWalk != listing.problems
      return changes
    } catch {
      throw IndexProblem.damaged(IndexProblem.describe(error))
    }
  }

  /// Compares the directory with the index and applies what changed.
  ///
  /// Files are compared by path and stamp (size, modification time, inode, device); files
  /// added, changed or renamed are read again and files removed are dropped, all in one
  /// transaction. Returns what changed (empty when nothing did).
  public func revalidate(with scanner: DirectoryScanner) throws(IndexProblem) -> DirectoryChanges {
    let listing = scanner.list()
    let changes = try pendingChanges(in: listing)
    let withTerms = hasBodies
    do {
      // Nothing written when nothing changed: a command that finds the index up to date
      // leaves the file as it was (no commit, no checkpoint, no wait for the disk).
      if changes.isEmpty { return changes }
      var scanned: [ScannedFile] = []
      scanner.scan(changes.pathsToRead, bodyTerms: withTerms) { scanned.append(contentsOf: $0) }
      try database.write { db in
        let writer = try IndexWriter(db)
        var orphans = 0
        // Another process may have applied the same changes meanwhile: a path read again
        // replaces whatever row it has now.
        for path in Set(changes.pathsToDrop).union(changes.pathsToRead) {
          orphans += try writer.deleteFile(path: path)
        }
        for file in scanned { try writer.insert(file) }
        try writer.replaceWalkProblems(listing.problems)
        let before =
          try Int.fetchOne(
            db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'orphans'") ?? 0
        try writer.setMeta([
          "updated": String(Int(Date().timeIntervalSince1970)),
          "orphans": String(before + orphans),
        ])
      }
      return changes
    } catch {
      throw IndexProblem.damaged(IndexProblem.describe(error))
    }
  }

  /// Whether the full-text table holds the bodies of every article.
  public var hasBodies: Bool {
    (try? database.read { db in
      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'bodies'")
    }) == "1"
  }

  /// Fills the full-text table when the index was built without bodies.
  ///
  /// Every file is read again for its terms, which go to the articles it holds. A file that
  /// changed since the index read it is replaced whole, as revalidation would.
  public func indexBodies(with scanner: DirectoryScanner) throws(IndexProblem) {
    guard !hasBodies else { return }
    do {
      let storedStamps = try database.read { db in try IndexReader(db).stamps() }
      let paths = storedStamps.map(\.path)
      let stored = [String: FileStamp?](
        storedStamps.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
      for start in stride(from: 0, to: paths.count, by: ArticleIndex.buildBatch) {
        let batch = Array(paths[start..<min(start + ArticleIndex.buildBatch, paths.count)])
        var scanned: [ScannedFile] = []
        scanner.scan(batch) { scanned.append(contentsOf: $0) }
        try database.write { db in
          let writer = try IndexWriter(db)
          var orphans = 0
          for file in scanned {
            let same = stored[file.relativePath].map { $0 == file.stamp && $0 != nil } ?? false
            guard same else {
              orphans += try writer.deleteFile(path: file.relativePath)
              try writer.insert(file)
              continue
            }
            let docids = try IndexReader(db).docids(ofFile: file.relativePath)
            for (position, article) in file.articles.enumerated()
            where position < file.bodyTerms.count {
              if let docid = docids[article.location.index ?? 0] {
                try writer.insertTerms(file.bodyTerms[position], docid: docid)
              }
            }
          }
          if orphans > 0 {
            let before =
              try Int.fetchOne(
                db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'orphans'") ?? 0
            try writer.setMeta(["orphans": String(before + orphans)])
          }
        }
      }
      try database.write { db in try IndexWriter(db).setMeta(["bodies": "1"]) }
    } catch {
      throw IndexProblem.damaged(IndexProblem.describe(error))
    }
  }

  /// Whether so many replaced bodies linger in the full-text index that a full build pays.
  public func needsCompaction() -> Bool {
    guard let status = try? status() else { return false }
    return status.orphans > max(10_000, status.articles)
  }
}
