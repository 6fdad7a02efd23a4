/// One article ready to be written, in the fields of the article format (docs/format.md).
public struct ImportedArticle: Sendable, Equatable {
  /// The stable id (`StableID`).
  public var id: String
  /// The headline.
  public var title: String
  /// The issuer.
  public var source: String?
  /// The date, ISO 8601.
  public var published: String?
  /// The original address.
  public var url: String?
  /// The breadcrumb, outermost first.
  public var category: [String]
  /// The view count.
  public var views: Int?
  /// The BCP 47 language tag.
  public var language: String?
  /// The paragraphs.
  public var body: [String]

  /// Creates an article.
  public init(
    id: String, title: String, source: String?, published: String?, url: String?,
    category: [String], views: Int?, language: String?, body: [String]
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.published = published
    self.url = url
    self.category = category
    self.views = views
    self.language = language
    self.body = body
  }

  /// The year folder the article goes in: its year, or `undated`.
  public var yearFolder: String {
    guard let published, published.count >= 4 else { return "undated" }
    return String(published.prefix(4))
  }
}
