import Foundation
import GRDB
import GRDBSQLite

/// The SQLite file behind a `ReadingStateStore`: schema, merging writes, reads of all or of
/// what changed.
///
/// WAL mode lets one reader see a consistent snapshot while another process writes, and the
/// merge rule runs inside SQLite (`ON CONFLICT … WHERE`) so a write never undoes a later change
/// another instance committed first. Every committed transaction carries a change number one
/// above the previous one, which is how `changes(after:)` finds another instance's marks.
final class StateDatabase: Sendable {
  /// The path of the SQLite file.
  let path: String
  private let pool: DatabasePool

  /// Opens (creating when missing) the store at `path` and brings its schema up to date.
  ///
  /// Throws the `DatabaseError` SQLite gave; `StateDatabase.isCorruption` tells a damaged file
  /// from one that cannot be reached. A store a newer Gazette wrote throws
  /// `StateDatabaseTooNew`.
  init(path: String, dataDirectory: String) throws {
    self.path = path
    var configuration = Configuration()
    // Another instance commits in milliseconds; waiting for it beats failing the batch.
    configuration.busyMode = .timeout(3)
    configuration.maximumReaderCount = 2
    configuration.label = "gazette.state"
    configuration.prepareDatabase { database in
      // FULL: every commit is fsynced, so a power cut loses no acknowledged batch (batches
      // are at most a few per second, so the cost is small). NORMAL would already survive
      // kill -9.
      try database.execute(sql: "PRAGMA synchronous = FULL")
    }
    pool = try DatabasePool(path: path, configuration: configuration)
    do {
      try pool.writeWithoutTransaction { database in
        // IMMEDIATE takes the write lock before looking at the version, so two instances
        // that open a new store at the same moment cannot both create it.
        try database.inTransaction(.immediate) {
          let version = try Int.fetchOne(database, sql: "PRAGMA user_version") ?? 0
          if version > Self.schemaVersion { throw StateDatabaseTooNew() }
          if version < 1 {
            try database.execute(sql: Self.schema)
            try database.execute(sql: "PRAGMA user_version = \(Self.schemaVersion)")
          }
          try database.execute(
            sql: "INSERT OR IGNORE INTO store_info(key, value) VALUES ('data_directory', ?)",
            arguments: [dataDirectory])
          return .commit
        }
      }
    } catch {
      try? pool.close()
      throw error
    }
  }

  /// Whether `error` says the file is damaged or not a database, so it should be moved aside.
  static func isCorruption(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
  }

  /// The version of `schema`, kept in SQLite's `user_version`; a later Gazette that changes
  /// the schema raises it and migrates from here.
  private static let schemaVersion = 1

  /// The tables: one row per article with state, the runs, and what the store belongs to.
  ///
  /// `IF NOT EXISTS`: stores made before the version was kept in `user_version` already have
  /// these tables.
  private static let schema = """
    CREATE TABLE IF NOT EXISTS article_state (
      id TEXT PRIMARY KEY NOT NULL,
      is_read INTEGER,
      read_changed_at INTEGER,
      is_flagged INTEGER,
      flag_changed_at INTEGER,
      first_seen_at INTEGER,
      change_number INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS article_state_by_change ON article_state(change_number);
    CREATE TABLE IF NOT EXISTS run (started_at INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
    """

  /// Checks every page of the file (`PRAGMA quick_check`); throws `SQLITE_CORRUPT` when one
  /// is damaged, so a store that opens is a store that can be read to the end.
  func check() throws {
    let result = try pool.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
    guard result == ["ok"] else {
      throw DatabaseError(
        resultCode: .SQLITE_CORRUPT, message: result.prefix(3).joined(separator: "; "))
    }
  }

  /// Frees SQLite's page caches and closes idle readers: after the whole file was read once
  /// at opening, they would otherwise hold a few megabytes nobody needs.
  func releaseMemory() {
    pool.releaseMemory()
  }

  /// Everything: each article's state, the latest change number and the start of the latest
  /// run, read in one transaction so they agree.
  func loadAll() throws -> (
    states: ReadingStateTable, changeNumber: Int64, lastRun: StateTime?
  ) {
    try pool.read { database in
      var states = ReadingStateTable()
      let count = try Int.fetchOne(database, sql: "SELECT count(*) FROM article_state") ?? 0
      states.reserveLoaded(count)
      // The primary key's order (WITHOUT ROWID: the table's own), the table's block order.
      try Self.forEachRow(in: database, clause: "ORDER BY id") { id, state, _ in
        states.appendLoaded(id: id, state)
      }
      states.finishLoading()
      let changeNumber =
        try Int64.fetchOne(database, sql: "SELECT max(change_number) FROM article_state") ?? 0
      let lastRun = try Int64.fetchOne(database, sql: "SELECT max(started_at) FROM run")
      return (states, changeNumber, lastRun.map(StateTime.init(milliseconds:)))
    }
  }

  /// The rows committed with a change number above `changeNumber`, and the highest number.
  func changes(after changeNumber: Int64) throws -> (
    states: [(String, ArticleReadingState)], changeNumber: Int64
  ) {
    try pool.read { database in
      var states: [(String, ArticleReadingState)] = []
      var highest = changeNumber
      try Self.forEachState(in: database, clause: "WHERE change_number > \(changeNumber)") {
        id, state, number in
        states.append((id, state))
        highest = max(highest, number)
      }
      return (states, highest)
    }
  }

  /// Merges `changes` in one transaction, the later change of each field winning over what is
  /// stored; returns the change number the transaction gave the rows it changed, `nil` when
  /// it changed none (the number is then free, and the next commit, maybe another
  /// instance's, uses it).
  @discardableResult
  func merge(_ changes: some Sequence<(String, ArticleReadingState)>) throws -> Int64? {
    try pool.writeWithoutTransaction { database in
      var changeNumber: Int64 = 0
      var changedRows = 0
      try database.inTransaction(.immediate) {
        changeNumber =
          (try Int64.fetchOne(database, sql: "SELECT max(change_number) FROM article_state") ?? 0)
          + 1
        let statement = try database.cachedStatement(sql: Self.mergeSQL)
        // Bound through SQLite's C API: GRDB's StatementArguments box every value, which cost
        // more than SQLite's own work on a 100,000-article `mark read --all`.
        let raw = statement.sqliteStatement
        let transient = unsafeBitCast(
          OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
        func bind(_ index: Int32, _ value: Int64?) {
          if let value {
            sqlite3_bind_int64(raw, index, value)
          } else {
            sqlite3_bind_null(raw, index)
          }
        }
        for (id, state) in changes {
          sqlite3_reset(raw)
          sqlite3_bind_text(raw, 1, id, -1, transient)
          bind(2, state.read.map { $0.isOn ? 1 : 0 })
          bind(3, state.read?.changedAt.milliseconds)
          bind(4, state.flagged.map { $0.isOn ? 1 : 0 })
          bind(5, state.flagged?.changedAt.milliseconds)
          bind(6, state.firstSeen?.milliseconds)
          sqlite3_bind_int64(raw, 7, changeNumber)
          let code = sqlite3_step(raw)
          guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(database.sqliteConnection))
            sqlite3_reset(raw)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
          }
          changedRows += Int(sqlite3_changes(database.sqliteConnection))
        }
        sqlite3_reset(raw)
        return .commit
      }
      return changedRows > 0 ? changeNumber : nil
    }
  }

  /// Records that a run began at `time`; returns when the latest earlier run began.
  func beginRun(at time: StateTime) throws -> StateTime? {
    try pool.writeWithoutTransaction { database in
      var previous: Int64?
      try database.inTransaction(.immediate) {
        previous = try Int64.fetchOne(database, sql: "SELECT max(started_at) FROM run")
        try database.execute(
          sql: "INSERT INTO run(started_at) VALUES (?)", arguments: [time.milliseconds])
        return .commit
      }
      return previous.map(StateTime.init(milliseconds:))
    }
  }

  /// Every article's state, ordered by id (what `gazette state export` writes).
  func allStates() throws -> [(String, ArticleReadingState)] {
    try pool.read { database in
      var states: [(String, ArticleReadingState)] = []
      try Self.forEachState(in: database, clause: "ORDER BY id") { id, state, _ in
        states.append((id, state))
      }
      return states
    }
  }

  /// Copies the WAL into the main file and empties it, then closes; later calls fail.
  ///
  /// A cleanly closed store is then one self-contained file. (SQLite would do this itself
  /// when the last connection closes, but GRDB closes its read-only readers last, and they
  /// cannot.) When another instance is busy the checkpoint is skipped: the WAL is as safe.
  func close() {
    _ = try? pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    try? pool.close()
  }

  /// Calls `body` with each row of `article_state` (`clause` filters or orders them) and its
  /// change number.
  ///
  /// Read through SQLite's C API: GRDB's `Row` costs more per row than SQLite's own work, and
  /// opening reads every row.
  private static func forEachState(
    in database: Database, clause: String,
    _ body: (String, ArticleReadingState, Int64) -> Void
  ) throws {
    try forEachRow(in: database, clause: clause) { id, state, changeNumber in
      body(String(decoding: id, as: UTF8.self), state, changeNumber)
    }
  }

  /// `forEachState` with each id as the UTF-8 bytes SQLite holds, valid during the call.
  private static func forEachRow(
    in database: Database, clause: String,
    _ body: (UnsafeBufferPointer<UInt8>, ArticleReadingState, Int64) -> Void
  ) throws {
    let statement = try database.makeStatement(
      sql: """
        SELECT id, is_read, read_changed_at, is_flagged, flag_changed_at, first_seen_at,
          change_number
        FROM article_state \(clause)
        """)
    let raw = statement.sqliteStatement
    func integer(_ column: Int32) -> Int64? {
      sqlite3_column_type(raw, column) == SQLITE_NULL ? nil : sqlite3_column_int64(raw, column)
    }
    func toggle(_ value: Int32, _ time: Int32) -> StampedToggle? {
      guard let value = integer(value), let time = integer(time) else { return nil }
      return StampedToggle(isOn: value != 0, changedAt: StateTime(milliseconds: time))
    }
    while true {
      let code = sqlite3_step(raw)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else {
        throw DatabaseError(
          resultCode: ResultCode(rawValue: code),
          message: String(cString: sqlite3_errmsg(database.sqliteConnection)))
      }
      // The text first, then its length: sqlite3_column_bytes after the conversion.
      let text = sqlite3_column_text(raw, 0)
      let length = Int(sqlite3_column_bytes(raw, 0))
      let id = UnsafeBufferPointer(start: text, count: text == nil ? 0 : length)
      let state = ArticleReadingState(
        read: toggle(1, 2), flagged: toggle(3, 4),
        firstSeen: integer(5).map(StateTime.init(milliseconds:)))
      body(id, state, sqlite3_column_int64(raw, 6))
    }
  }

  /// Inserts a row or merges into the stored one with `StampedToggle.wins(over:)`'s rule (a
  /// later time wins; at the same time, on wins) and the earlier first sighting; the change
  /// number moves only when something changed, so a poll reports real changes.
  private static let mergeSQL = """
    INSERT INTO article_state
      (id, is_read, read_changed_at, is_flagged, flag_changed_at, first_seen_at, change_number)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET
      is_read = iif(\(readWins), excluded.is_read, is_read),
      read_changed_at = iif(\(readWins), excluded.read_changed_at, read_changed_at),
      is_flagged = iif(\(flagWins), excluded.is_flagged, is_flagged),
      flag_changed_at = iif(\(flagWins), excluded.flag_changed_at, flag_changed_at),
      first_seen_at = iif(\(firstSeenWins), excluded.first_seen_at, first_seen_at),
      change_number = excluded.change_number
    WHERE \(readWins) OR \(flagWins) OR \(firstSeenWins)
    """

  private static let readWins = """
    (excluded.read_changed_at IS NOT NULL AND (read_changed_at IS NULL \
    OR excluded.read_changed_at > read_changed_at \
    OR (excluded.read_changed_at = read_changed_at AND excluded.is_read > is_read)))
    """

  private static let flagWins = """
    (excluded.flag_changed_at IS NOT NULL AND (flag_changed_at IS NULL \
    OR excluded.flag_changed_at > flag_changed_at \
    OR (excluded.flag_changed_at = flag_changed_at AND excluded.is_flagged > is_flagged)))
    """

  private static let firstSeenWins = """
    (excluded.first_seen_at IS NOT NULL AND (first_seen_at IS NULL \
    OR excluded.first_seen_at < first_seen_at))
    """
}
