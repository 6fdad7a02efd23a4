import GRDB

/// Raw SQL against an index file, to damage it on purpose.
enum IndexTestSQL {
  /// Runs `sql` on the database at `path`.
  static func execute(_ sql: String, in path: String) throws {
    let database = try DatabaseQueue(path: path)
    try database.write { db in try db.execute(sql: sql) }
    try database.close()
  }
}
