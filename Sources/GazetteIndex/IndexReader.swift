import GRDB
import GRDBSQLite
import GazetteModel

/// Reads an index database back: the whole load, the stored stamps, body matches.
///
/// The load reads hundreds of thousands of rows, so it steps SQLite's statement itself and
/// takes each column's bytes directly, without GRDB's per-row values.
struct IndexReader {
  private let db: Database

  init(_ db: Database) {
    self.db = db
  }

  /// The `LoadResult` a load of the directory gave when the index last saw it.
  func load() throws -> LoadResult {
    let articleCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
    var assembler = LoadAssembler(expectedArticles: articleCount)
    let problems = try fileProblems()
    var walkProblems = try walkProblems()[...]
    let statement = try db.makeStatement(
      sql: """
        SELECT f.id, f.path, f.size, f.modified, f.inode, f.device, a.number, a.id, a.title,
          a.source, a.published, a.url, a.category, a.views, a.language, a.docid
        FROM file f LEFT JOIN article a ON a.file = f.id ORDER BY f.path, a.docid
        """)
    let handle = statement.sqliteStatement
    var currentFile: Int64?
    var path = ""
    var stamp: FileStamp?
    var articles: [Article] = []
    var interned: [String: String] = [:]

    func finishFile() {
      guard let currentFile else { return }
      while let next = walkProblems.first, let before = next.beforePath, before <= path {
        assembler.addWalkProblem(next.problem)
        walkProblems.removeFirst()
      }
      assembler.addFile(articles: articles, problems: problems[currentFile] ?? [], stamp: stamp)
      articles.removeAll(keepingCapacity: true)
    }

    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
      }
      let fileID = sqlite3_column_int64(handle, 0)
      if fileID != currentFile {
        finishFile()
        currentFile = fileID
        path = SQLiteValues.text(handle, 1) ?? ""
        stamp =
          sqlite3_column_type(handle, 2) == SQLITE_NULL
          ? nil
          : FileStamp(
            size: sqlite3_column_int64(handle, 2), modified: sqlite3_column_int64(handle, 3),
            inode: UInt64(bitPattern: sqlite3_column_int64(handle, 4)),
            device: UInt64(bitPattern: sqlite3_column_int64(handle, 5)))
      }
      guard sqlite3_column_type(handle, 15) != SQLITE_NULL else { continue }
      let number =
        sqlite3_column_type(handle, 6) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, 6))
      let source = SQLiteValues.text(handle, 9).map { name in
        if let shared = interned[name] { return shared }
        interned[name] = name
        return name
      }
      let published =
        sqlite3_column_type(handle, 10) == SQLITE_NULL
        ? nil : IndexRowCoding.unpack(sqlite3_column_int64(handle, 10))
      var category: [String] = []
      if let blob = sqlite3_column_blob(handle, 12) {
        let count = Int(sqlite3_column_bytes(handle, 12))
        category = IndexRowCoding.unpackCategory(UnsafeRawBufferPointer(start: blob, count: count))
      }
      let views =
        sqlite3_column_type(handle, 13) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, 13))
      let language = SQLiteValues.text(handle, 14).map { name in
        if let shared = interned[name] { return shared }
        interned[name] = name
        return name
      }
      articles.append(
        Article(
          id: SQLiteValues.text(handle, 7) ?? "", title: SQLiteValues.text(handle, 8) ?? "",
          source: source, published: published, url: SQLiteValues.text(handle, 11),
          category: category, views: views, language: language,
          location: ArticleLocation(relativePath: path, index: number)))
    }
    finishFile()
    for rest in walkProblems { assembler.addWalkProblem(rest.problem) }
    return assembler.finish()
  }

  /// The problems of each file, by file row id, in order.
  private func fileProblems() throws -> [Int64: [LoadProblem]] {
    var problems: [Int64: [LoadProblem]] = [:]
    try forEachRow(
      """
      SELECT p.file, f.path, p.line, p.col, p.message, p.warning FROM problem p
      JOIN file f ON f.id = p.file ORDER BY p.file, p.seq
      """
    ) { handle in
      let problem = LoadProblem(
        path: SQLiteValues.text(handle, 1) ?? "",
        line: SQLiteValues.integer(handle, 2).map(Int.init),
        column: SQLiteValues.integer(handle, 3).map(Int.init),
        message: SQLiteValues.text(handle, 4) ?? "",
        severity: SQLiteValues.integer(handle, 5) == 1 ? .warning : .error)
      problems[sqlite3_column_int64(handle, 0), default: []].append(problem)
    }
    return problems
  }

  /// Steps `sql` (with `values` bound), calling `body` on each row.
  private func forEachRow(
    _ sql: String, _ values: [Any?] = [], _ body: (OpaquePointer?) throws -> Void
  ) throws {
    let statement = try db.makeStatement(sql: sql)
    let handle = statement.sqliteStatement
    SQLiteValues.bind(values, to: handle)
    defer { sqlite3_reset(handle) }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else { throw SQLiteValues.error(code, in: db) }
      try body(handle)
    }
  }

  /// The problems of the walk, in walk order.
  func walkProblems() throws -> [DirectoryListing.WalkProblem] {
    var problems: [DirectoryListing.WalkProblem] = []
    try forEachRow(
      "SELECT before_path, path, line, col, message, warning FROM walk_problem ORDER BY seq"
    ) { handle in
      problems.append(
        DirectoryListing.WalkProblem(
          problem: LoadProblem(
            path: SQLiteValues.text(handle, 1) ?? "",
            line: SQLiteValues.integer(handle, 2).map(Int.init),
            column: SQLiteValues.integer(handle, 3).map(Int.init),
            message: SQLiteValues.text(handle, 4) ?? "",
            severity: SQLiteValues.integer(handle, 5) == 1 ? .warning : .error),
          beforePath: SQLiteValues.text(handle, 0)))
    }
    return problems
  }

  /// The stored stamp of every file, in the byte order of the paths.
  func stamps() throws -> [(path: String, stamp: FileStamp?)] {
    var stamps: [(path: String, stamp: FileStamp?)] = []
    try forEachRow("SELECT path, size, modified, inode, device FROM file ORDER BY path") {
      handle in
      let path = SQLiteValues.text(handle, 0) ?? ""
      guard let size = SQLiteValues.integer(handle, 1) else {
        stamps.append((path, nil))
        return
      }
      stamps.append(
        (
          path,
          FileStamp(
            size: size, modified: sqlite3_column_int64(handle, 2),
            inode: UInt64(bitPattern: sqlite3_column_int64(handle, 3)),
            device: UInt64(bitPattern: sqlite3_column_int64(handle, 4))
          )
        ))
    }
    return stamps
  }

  /// The row ids of the articles of the file at `path`, by number in the file (0 for a file
  /// holding one object).
  func docids(ofFile path: String) throws -> [Int: Int64] {
    var docids: [Int: Int64] = [:]
    try forEachRow(
      "SELECT a.number, a.docid FROM article a JOIN file f ON f.id = a.file WHERE f.path = ?",
      [path]
    ) { handle in
      docids[SQLiteValues.integer(handle, 0).map(Int.init) ?? 0] = sqlite3_column_int64(handle, 1)
    }
    return docids
  }

  /// The places of the articles whose body terms match the FTS5 `expression`.
  func bodyMatches(_ expression: String) throws -> Set<ArticleLocation> {
    var found = Set<ArticleLocation>()
    let statement = try db.makeStatement(
      sql: """
        SELECT f.path, a.number FROM body JOIN article a ON a.docid = body.rowid
        JOIN file f ON f.id = a.file WHERE body MATCH ?
        """)
    statement.arguments = [expression]
    let handle = statement.sqliteStatement
    var lastPath = ""
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
      }
      if let path = SQLiteValues.text(handle, 0), path != lastPath { lastPath = path }
      let number =
        sqlite3_column_type(handle, 1) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, 1))
      found.insert(ArticleLocation(relativePath: lastPath, index: number))
    }
    return found
  }
}
