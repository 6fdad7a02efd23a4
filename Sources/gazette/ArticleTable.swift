import GazetteConfig
import GazetteModel
import GazetteText

/// The plain-text table `gazette list` prints: date, source and title in aligned columns.
enum ArticleTable {
  /// Columns kept between the date, source and title columns.
  static let gap = "  "

  /// Prints one line per article; with a `width`, every line fits it (ids aside, which are
  /// never cut: `gazette show` needs them whole).
  static func print(
    _ articles: [Article], width: Int?, ids: Bool = false,
    dateFormat: DateFormatPattern = .iso, to output: inout StandardOutput
  ) {
    let dates = articles.map { article in
      article.published.map {
        TextLayout.sanitizeLine(dateFormat.format(year: $0.year, month: $0.month, day: $0.day))
      }
    }
    // Undated rows keep the column blank, as wide as a date would be.
    let sampleWidth = TextLayout.width(dateFormat.format(year: 2000, month: 1, day: 1))
    let dateWidth = dates.reduce(sampleWidth) { max($0, $1.map { TextLayout.width($0) } ?? 0) }
    let shownIDs = ids ? articles.map { TextLayout.sanitizeLine($0.id) } : []
    let idWidth = shownIDs.reduce(0) { max($0, TextLayout.width($1)) }
    // What the date, source and title get of the width once the ids have theirs.
    let width = width.map { max(1, $0 - (ids ? idWidth + gap.count : 0)) }
    let sources = articles.map { TextLayout.sanitizeLine($0.source ?? "") }
    var sourceWidth = sources.reduce(0) { max($0, TextLayout.width($1)) }
    if let width {
      // Keep at least a third of the line for titles, which is what people scan.
      sourceWidth = min(sourceWidth, max(4, (width - dateWidth - 2) / 3))
    }
    for (index, (article, source)) in zip(articles, sources).enumerated() {
      let date = pad(dates[index] ?? "", to: dateWidth)
      let id = ids ? pad(shownIDs[index], to: idWidth) + gap : ""
      let shownSource = pad(
        width == nil ? source : TextLayout.truncate(source, width: sourceWidth), to: sourceWidth)
      let title = TextLayout.sanitizeLine(article.title)
      var line = date + gap + shownSource + gap
      if let width {
        let room = width - TextLayout.width(line)
        line =
          room > 0
          ? line + TextLayout.truncate(title, width: room)
          : TextLayout.truncate(line, width: width)
        line = trimmingTrailingSpaces(line)
      } else {
        line += title
      }
      output.line(id + line)
    }
  }

  /// `text` followed by spaces up to `width` columns.
  static func pad(_ text: String, to width: Int) -> String {
    let used = TextLayout.width(text)
    return used >= width ? text : text + String(repeating: " ", count: width - used)
  }

  private static func trimmingTrailingSpaces(_ text: String) -> String {
    var result = Substring(text)
    while result.last == " " { result.removeLast() }
    return String(result)
  }
}
