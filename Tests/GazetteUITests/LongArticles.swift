import GazetteModel

@testable import GazetteUI

/// Providers with long articles (for scrolling) and many articles (for paging).
enum LongArticles {
  /// Three articles; "long" has 60 paragraphs, paragraph 50 mentions "zeppelin".
  static var provider: InMemoryArticleProvider {
    let articles = [
      SampleArticles.article("long", "A long report", source: "Archive", day: 9),
      SampleArticles.article("short", "A short note", source: "Archive", day: 8),
      SampleArticles.article("third", "A third item", source: "Other", day: 7),
    ]
    let paragraphs = (1...60).map { number in
      number == 50
        ? "Paragraph \(number) mentions a zeppelin." : "Paragraph \(number) of the report."
    }
    return InMemoryArticleProvider(
      articles: articles,
      bodies: [
        "long": ArticleBody(paragraphs: paragraphs),
        "short": ArticleBody(paragraphs: ["Short."]),
        "third": ArticleBody(paragraphs: ["Third."]),
      ])
  }

  /// `count` synthetic articles with one-line bodies.
  static func many(_ count: Int, batchSize: Int = 1_000) -> InMemoryArticleProvider {
    InMemoryArticleProvider(articles: SampleArticles.synthetic(count: count), batchSize: batchSize)
  }
}
