import GRDB
import GRDBSQLite

/// Binding and reading SQLite values with their exact length.
///
/// Article text may hold U+0000 (JSON allows `\u0000`); binding a Swift string as a C string
/// would cut it there, so text is bound and read with its UTF-8 byte count.
enum SQLiteValues {
  /// SQLite copies the bytes before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Binds `values` (String, [UInt8] as a blob, Int, Int64, Bool or nil) to a reset statement.
  static func bind(_ values: [Any?], to handle: OpaquePointer) {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      switch value {
      case let text as String:
        var text = text
        text.withUTF8 { bytes in
          _ = sqlite3_bind_text(
            handle, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
            Int32(bytes.count), transient)
        }
      case let blob as [UInt8]:
        blob.withUnsafeBytes { bytes in
          _ = sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), transient)
        }
      case let number as Int:
        sqlite3_bind_int64(handle, index, Int64(number))
      case let number as Int64:
        sqlite3_bind_int64(handle, index, number)
      case let flag as Bool:
        sqlite3_bind_int64(handle, index, flag ? 1 : 0)
      default:
        sqlite3_bind_null(handle, index)
      }
    }
  }

  /// Steps a statement that returns no row.
  static func run(_ handle: OpaquePointer, in db: Database) throws {
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else { throw error(code, in: db) }
  }

  /// The error of result code `code`.
  static func error(_ code: Int32, in db: Database) -> DatabaseError {
    DatabaseError(
      resultCode: ResultCode(rawValue: code),
      message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
  }

  /// The text of `column` with its exact length; `nil` for NULL.
  static func text(_ handle: OpaquePointer?, _ column: Int32) -> String? {
    guard let pointer = sqlite3_column_text(handle, column) else { return nil }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }

  /// The integer of `column`; `nil` for NULL.
  static func integer(_ handle: OpaquePointer?, _ column: Int32) -> Int64? {
    sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
  }
}
