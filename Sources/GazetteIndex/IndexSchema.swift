import GRDB
import GazetteModel

/// The tables of an index file and their format version.
///
/// `file` holds one row per `.json` file with its stamp; `article` one row per article with
/// the file's own id and its number in the file; `body` is a contentless FTS5 table of body
/// terms (`SearchFoldingTerms`) keyed by the article's row id, without positions
/// (`detail=none`: a third of the size, and the terms are pairs, so one and two characters are
/// answered exactly anyway); `problem` and `walk_problem` hold what a load reports. Row ids of articles only grow (AUTOINCREMENT), so the terms of a
/// replaced article, which a contentless FTS5 table of SQLite 3.40 cannot delete, never
/// match a new one: they are counted as orphans and dropped at the next full build.
enum IndexSchema {
  /// The format version; an index of another version is rebuilt.
  static let formatVersion = 2

  /// Creates the tables in an empty database.
  static func create(in db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE file(
          id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, size INTEGER, modified INTEGER,
          inode INTEGER, device INTEGER);
        CREATE TABLE article(
          docid INTEGER PRIMARY KEY AUTOINCREMENT, file INTEGER NOT NULL, number INTEGER,
          id TEXT NOT NULL, title TEXT NOT NULL, source TEXT, published INTEGER, url TEXT,
          category BLOB, views INTEGER, language TEXT);
        CREATE INDEX article_by_file ON article(file);
        CREATE TABLE problem(
          file INTEGER NOT NULL, seq INTEGER NOT NULL, line INTEGER, col INTEGER,
          message TEXT NOT NULL, warning INTEGER NOT NULL);
        CREATE INDEX problem_by_file ON problem(file);
        CREATE TABLE walk_problem(
          seq INTEGER PRIMARY KEY, before_path TEXT, path TEXT NOT NULL, line INTEGER, col INTEGER,
          message TEXT NOT NULL, warning INTEGER NOT NULL);
        CREATE VIRTUAL TABLE body USING fts5(
          terms, content='', columnsize=0, detail=none, tokenize="\(SearchFoldingTerms.tokenizer)");
        """)
  }
}
