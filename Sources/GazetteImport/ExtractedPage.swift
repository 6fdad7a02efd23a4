/// What an extractor found in one page or feed item, before cleaning.
public struct ExtractedPage: Sendable, Equatable {
  /// The headline.
  public var title: String
  /// The issuer, when the page names it.
  public var source: String?
  /// The publication date as written (any form `PublishedDate(parsing:)` reads).
  public var published: String?
  /// The original address.
  public var url: String?
  /// The breadcrumb, outermost first.
  public var category: [String]
  /// The view count the page showed.
  public var views: Int?
  /// A declared language (`<html lang>`, a feed's `<language>`), when there is one.
  public var language: String?
  /// The paragraphs, whitespace-normalised.
  public var paragraphs: [String]

  /// Creates a page.
  public init(
    title: String, source: String? = nil, published: String? = nil, url: String? = nil,
    category: [String] = [], views: Int? = nil, language: String? = nil, paragraphs: [String]
  ) {
    self.title = title
    self.source = source
    self.published = published
    self.url = url
    self.category = category
    self.views = views
    self.language = language
    self.paragraphs = paragraphs
  }
}
