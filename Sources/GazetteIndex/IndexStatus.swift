import Foundation

/// What `gazette index` tells about an index.
public struct IndexStatus: Sendable {
  /// The index file in use.
  public var path: String
  /// Its size on disk in bytes (with its write-ahead log).
  public var bytes: Int
  /// Number of `.json` files it holds.
  public var files: Int
  /// Number of articles it holds.
  public var articles: Int
  /// When it was built from nothing.
  public var built: Date?
  /// When changes in the directory were last applied to it (or when it was built).
  public var updated: Date?
  /// Bodies of replaced articles still in the full-text index (dropped at the next build).
  public var orphans: Int
}
