import Foundation
import GRDB
import GRDBSQLite
import GazetteModel

/// Writes files, articles, body terms and problems into an index database, with prepared
/// statements reused for every row (inside the caller's transaction).
///
/// Values are bound through `SQLiteValues`, with their exact length: a title may hold U+0000.
final class IndexWriter {
  private let db: Database
  private let insertFile: Statement
  private let insertArticle: Statement
  private let insertTermsStatement: Statement
  private let insertProblem: Statement
  private let insertWalkProblem: Statement

  init(_ db: Database) throws {
    self.db = db
    insertFile = try db.makeStatement(
      sql: "INSERT INTO file(path, size, modified, inode, device) VALUES (?, ?, ?, ?, ?)")
    insertArticle = try db.makeStatement(
      sql: """
        INSERT INTO article(file, number, id, title, source, published, url, category, views,
          language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertTermsStatement = try db.makeStatement(
      sql: "INSERT INTO body(rowid, terms) VALUES (?, ?)")
    insertProblem = try db.makeStatement(
      sql: "INSERT INTO problem(file, seq, line, col, message, warning) VALUES (?, ?, ?, ?, ?, ?)")
    insertWalkProblem = try db.makeStatement(
      sql: """
        INSERT INTO walk_problem(seq, before_path, path, line, col, message, warning)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
  }

  /// Inserts one scanned file with its articles, terms (when it has them) and problems.
  func insert(_ file: ScannedFile) throws {
    let stamp = file.stamp
    try execute(
      insertFile,
      [
        file.relativePath, stamp?.size, stamp?.modified,
        stamp.map { Int64(bitPattern: $0.inode) }, stamp.map { Int64(bitPattern: $0.device) },
      ])
    let fileID = db.lastInsertedRowID
    for (position, article) in file.articles.enumerated() {
      let category = article.category.isEmpty ? nil : IndexRowCoding.pack(article.category)
      try execute(
        insertArticle,
        [
          fileID, article.location.index, article.id, article.title, article.source,
          article.published.map(IndexRowCoding.pack), article.url, category, article.views,
          article.language,
        ])
      if position < file.bodyTerms.count {
        try insertTerms(file.bodyTerms[position], docid: db.lastInsertedRowID)
      }
    }
    for (seq, problem) in file.problems.enumerated() {
      try execute(
        insertProblem,
        [
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
    let handle = insertTermsStatement.sqliteStatement
    sqlite3_reset(handle)
    sqlite3_bind_int64(handle, 1, docid)
    let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    terms.withUnsafeBytes { bytes in
      _ = sqlite3_bind_text(
        handle, 2, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
        transient)
    }
    try SQLiteValues.run(handle, in: db)
  }

  /// Deletes the file at `path` with its articles and problems; returns the number of
  /// articles whose terms stay behind in the full-text index as orphans.
  func deleteFile(path: String) throws -> Int {
    let find = try db.makeStatement(sql: "SELECT id FROM file WHERE path = ?")
    SQLiteValues.bind([path], to: find.sqliteStatement)
    guard sqlite3_step(find.sqliteStatement) == SQLITE_ROW,
      let fileID = SQLiteValues.integer(find.sqliteStatement, 0)
    else {
      sqlite3_reset(find.sqliteStatement)
      return 0
    }
    sqlite3_reset(find.sqliteStatement)
    let articles =
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM article WHERE file = ?", arguments: [fileID]) ?? 0
    try db.execute(sql: "DELETE FROM article WHERE file = ?", arguments: [fileID])
    try db.execute(sql: "DELETE FROM problem WHERE file = ?", arguments: [fileID])
    try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [fileID])
    return articles
  }

  /// Replaces the problems of the walk.
  func replaceWalkProblems(_ problems: [DirectoryListing.WalkProblem]) throws {
    try db.execute(sql: "DELETE FROM walk_problem")
    for (seq, walk) in problems.enumerated() {
      try execute(
        insertWalkProblem,
        [
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

  private func execute(_ statement: Statement, _ values: [Any?]) throws {
    SQLiteValues.bind(values, to: statement.sqliteStatement)
    try SQLiteValues.run(statement.sqliteStatement, in: db)
  }
}
