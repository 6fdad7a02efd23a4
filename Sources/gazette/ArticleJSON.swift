import GazetteModel
import GazetteState

/// The JSON forms of articles that `list --json` and `show --json` print.
enum ArticleJSON {
  /// Writes a JSON array of `{id, title, source, published, url, path, read, flagged, new}` to
  /// `output`, one article at a time: 100,000 articles make ~34 MB of JSON, which need not
  /// all be in memory at once.
  static func writeList(
    _ articles: [Article], directory: String, state: ReadingStateSnapshot,
    to output: inout StandardOutput
  ) {
    output.write("[")
    for (index, article) in articles.enumerated() {
      var writer = JSONWriter()
      writer.raw(index == 0 ? "\n" : ",\n")
      summary(article, directory: directory, into: &writer)
      writer.field("read", state.isRead(article.id))
      writer.field("flagged", state.isFlagged(article.id))
      writer.field("new", state.isNew(article.id))
      writer.endObject()
      output.write(bytes: writer.bytes)
    }
    output.write(articles.isEmpty ? "]" : "\n]")
  }

  /// One article with its metadata and body paragraphs.
  static func article(_ article: Article, body: ArticleBody, directory: String) -> [UInt8] {
    var writer = JSONWriter()
    summary(article, directory: directory, into: &writer)
    writer.field("category", article.category)
    writer.field("views", article.views)
    writer.field("language", article.language)
    writer.field("body", body.paragraphs)
    writer.endObject()
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
    DataPath.path(article.location.relativePath, in: directory)
  }

  /// Writes `{"id":…,"title":…,"source":…,"published":…,"url":…,"path":…`, unclosed.
  private static func summary(
    _ article: Article, directory: String, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.field("id", article.id)
    writer.field("title", article.title)
    writer.field("source", article.source)
    writer.field("published", published(article.published))
    writer.field("url", article.url)
    writer.field("path", path(of: article, in: directory))
  }
}
