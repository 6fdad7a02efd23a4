import GazetteModel

/// The JSON forms of articles that `list --json` and `show --json` print.
enum ArticleJSON {
  /// A JSON array of `{id, title, source, published, url, path}`.
  static func list(_ articles: [Article], directory: String) -> [UInt8] {
    var writer = JSONWriter()
    writer.raw("[")
    for (index, article) in articles.enumerated() {
      writer.raw(index == 0 ? "\n" : ",\n")
      summary(article, directory: directory, into: &writer)
      writer.raw("}")
    }
    writer.raw(articles.isEmpty ? "]" : "\n]")
    return writer.bytes
  }

  /// One article with its metadata and body paragraphs.
  static func article(_ article: Article, body: ArticleBody, directory: String) -> [UInt8] {
    var writer = JSONWriter()
    summary(article, directory: directory, into: &writer)
    writer.raw(",")
    writer.key("category")
    writer.stringArray(article.category)
    writer.raw(",")
    writer.key("views")
    writer.optionalInteger(article.views)
    writer.raw(",")
    writer.key("language")
    writer.optionalString(article.language)
    writer.raw(",")
    writer.key("body")
    writer.stringArray(body.paragraphs)
    writer.raw("}")
    return writer.bytes
  }

  /// The date as `YYYY-MM-DD`, or the full ISO 8601 form when the article gave a time.
  static func published(_ date: PublishedDate?) -> String? {
    guard let date else { return nil }
    guard let seconds = date.secondsOfDay else { return date.dayString }
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    var text =
      "\(date.dayString)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    if let offset = date.utcOffsetMinutes {
      if offset == 0 {
        text += "Z"
      } else {
        let magnitude = abs(offset)
        text += "\(offset < 0 ? "-" : "+")\(two(magnitude / 60)):\(two(magnitude % 60))"
      }
    }
    return text
  }

  /// The article's file as a path usable from the current directory.
  static func path(of article: Article, in directory: String) -> String {
    directory.hasSuffix("/")
      ? directory + article.location.relativePath
      : directory + "/" + article.location.relativePath
  }

  /// Writes `{"id":…,"title":…,"source":…,"published":…,"url":…,"path":…`, unclosed.
  private static func summary(
    _ article: Article, directory: String, into writer: inout JSONWriter
  ) {
    writer.raw("{")
    writer.key("id")
    writer.string(article.id)
    writer.raw(",")
    writer.key("title")
    writer.string(article.title)
    writer.raw(",")
    writer.key("source")
    writer.optionalString(article.source)
    writer.raw(",")
    writer.key("published")
    writer.optionalString(published(article.published))
    writer.raw(",")
    writer.key("url")
    writer.optionalString(article.url)
    writer.raw(",")
    writer.key("path")
    writer.string(path(of: article, in: directory))
  }
}
