/// The bounds `gazette import` keeps to whatever it is given.
public struct ImportLimits: Sendable {
  /// The largest page, feed or download read, in bytes.
  public var maxDocumentBytes: Int
  /// The most items read from one feed.
  public var maxFeedItems: Int
  /// Seconds without any data before a download is given up.
  public var idleTimeout: Double
  /// Seconds a whole download may take.
  public var totalTimeout: Double
  /// The most redirects followed.
  public var maxRedirects: Int

  /// Creates limits.
  public init(
    maxDocumentBytes: Int, maxFeedItems: Int, idleTimeout: Double, totalTimeout: Double,
    maxRedirects: Int
  ) {
    self.maxDocumentBytes = maxDocumentBytes
    self.maxFeedItems = maxFeedItems
    self.idleTimeout = idleTimeout
    self.totalTimeout = totalTimeout
    self.maxRedirects = maxRedirects
  }

  /// 16 MiB per document, 5,000 items per feed, 20 s idle, 60 s in all, 5 redirects.
  public static let standard = ImportLimits(
    maxDocumentBytes: 16 << 20, maxFeedItems: 5_000, idleTimeout: 20, totalTimeout: 60,
    maxRedirects: 5)
}
