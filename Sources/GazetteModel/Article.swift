/// An article's metadata: everything the list needs, without the body.
///
/// Bodies are read from disk on demand (see `BodyReader`) so that 100,000 articles fit in
/// little memory and start fast.
public struct Article: Hashable, Sendable, Identifiable {
  /// Stable id: the `id` field, or the file path without `.json` (plus `#N` in array files).
  public var id: String
  /// Headline, NFC-normalised.
  public var title: String
  /// Issuer, NFC-normalised, when given.
  public var source: String?
  /// Publication date, when given and understood.
  public var published: PublishedDate?
  /// Original page, when given.
  public var url: String?
  /// Breadcrumb path on the original site, outermost first.
  public var category: [String]
  /// View count shown on the original page, when given.
  public var views: Int?
  /// BCP 47 language tag, when given.
  public var language: String?
  /// Where the article was found.
  public var location: ArticleLocation

  /// Creates an article.
  public init(
    id: String, title: String, source: String? = nil, published: PublishedDate? = nil,
    url: String? = nil, category: [String] = [], views: Int? = nil, language: String? = nil,
    location: ArticleLocation
  ) {
    self.id = id
    self.title = title
    self.source = source
    self.published = published
    self.url = url
    self.category = category
    self.views = views
    self.language = language
    self.location = location
  }
}
