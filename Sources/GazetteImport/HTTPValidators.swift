/// What a server said identifies a version of a document: sent back next time so an unchanged
/// document costs a 304 and no body.
public struct HTTPValidators: Sendable, Equatable {
  /// The `ETag` header.
  public var etag: String?
  /// The `Last-Modified` header.
  public var lastModified: String?

  /// Creates validators.
  public init(etag: String?, lastModified: String?) {
    self.etag = etag
    self.lastModified = lastModified
  }

  /// Whether there is anything to send.
  public var isEmpty: Bool { etag == nil && lastModified == nil }
}
