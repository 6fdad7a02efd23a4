import Foundation
import GRDB
import GRDBSQLite
import GazetteModel

/// Writes files, articles, body terms and problems into an index database, with prepared
/// statements reused for every row (inside the caller's transaction).
final class IndexWriter {
  private let db: Database
  private let insertFile: Statement
  private let insertArticle: Statement
  private let insertTerms: Statement
  private let insertProblem: Statement

  init(_ db: Database) throws {
    self.db = db
    insertFile = try db.makeStatement(
      sql: "INSERT INTO file(path, size, modified, inode, device) VALUES (?, ?, ?, ?, ?)")
    insertArticle = try db.makeStatement(
      sql: """
        INSERT INTO article(file, number, id, title, source, published, url, category, views,
          language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertTerms = try db.makeStatement(sql: "INSERT INTO body(rowid, terms) VALUES (?, ?)")
    insertProblem = try db.makeStatement(
      sql: "INSERT INTO problem(file, seq, line, col, message, warning) VALUES (?, ?, ?, ?, ?, ?)")
  }

  /// Inserts one scanned file with its articles, terms (when it has them) and problems.
  func insert(_ file: ScannedFile) throws {
    let stamp = file.stamp
    try insertFile.execute(arguments: [
      file.relativePath, stamp?.size, stamp?.modified,
      stamp.map { Int64(bitPattern: $0.inode) }, stamp.map { Int64(bitPattern: $0.device) },
    ])
    let fileID = db.lastInsertedRowID
    for (position, article) in file.articles.enumerated() {
      let category = article.category.isEmpty ? nil : IndexRowCoding.pack(article.category)
      try insertArticle.execute(arguments: [
        fileID, article.location.index, article.id, article.title, article.source,
        article.published.map(IndexRowCoding.pack), article.url,
        category.map { Data($0) }, article.views,
        article.language,
      ])
      if position < file.bodyTerms.count {
        try insertTerms(file.bodyTerms[position], docid: db.lastInsertedRowID)
      }
    }
    for (seq, problem) in file.problems.enumerated() {
      try insertProblem.execute(arguments: [
        fileID, seq, problem.line, problem.column, problem.message,
        problem.severity == .warning,
      ])
    }
  }

  /// Inserts the body terms (UTF-8) of the article `docid` into the full-text table.
  ///
  /// Bound straight from the bytes, which are UTF-8 by construction: a `String` would only
  /// validate and copy them again.
  func insertTerms(_ terms: [UInt8], docid: Int64) throws {
    guard !terms.isEmpty else { return }
    let handle = insertTerms.sqliteStatement
    sqlite3_reset(handle)
    sqlite3_bind_int64(handle, 1, docid)
    let code = terms.withUnsafeBytes { bytes in
      let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
      sqlite3_bind_text(
        handle, 2, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
        transient)
      return sqlite3_step(handle)
    }
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code),
        message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
  }

  /// Deletes the file at `path` with its articles and problems; returns the number of
  /// articles whose terms stay behind in the full-text index as orphans.
  func deleteFile(path: String) throws -> Int {
    guard
      let fileID = try Int64.fetchOne(
        db, sql: "SELECT id FROM file WHERE path = ?", arguments: [path])
    else { return 0 }
    let articles =
      try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE file = ?", arguments: [fileID])
      ?? 0
    try db.execute(sql: "DELETE FROM article WHERE file = ?", arguments: [fileID])
    try db.execute(sql: "DELETE FROM problem WHERE file = ?", arguments: [fileID])
    try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [fileID])
    return articles
  }

  /// Replaces the problems of the walk.
  func replaceWalkProblems(_ problems: [DirectoryListing.WalkProblem]) throws {
    try db.execute(sql: "DELETE FROM walk_problem")
    for (seq, walk) in problems.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO walk_problem(seq, before_path, path, line, col, message, warning)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          seq, walk.beforePath, walk.problem.path, walk.problem.line, walk.problem.column,
          walk.problem.message, walk.problem.severity == .warning,
        ])
    }
  }

  /// Sets entries of the `meta` table.
  func setMeta(_ values: [String: String]) throws {
    for (key, value) in values {
      try db.execute(
        sql: "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
    }
  }
}
