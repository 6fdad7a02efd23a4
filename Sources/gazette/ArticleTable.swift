import GazetteModel
import GazetteText

/// The plain-text table `gazette list` prints: date, source and title in aligned columns.
enum ArticleTable {
  /// Columns kept between the date, source and title columns.
  static let gap = "  "

  /// Prints one line per article; with a `width`, every line fits it (ids aside, which are
  /// never cut: `gazette show` needs them whole).
  static func print(
    _ articles: [Article], width: Int?, ids: Bool = false, to output: inout StandardOutput
  ) {
    let shownIDs = ids ? articles.map { TextLayout.sanitizeLine($0.id) } : []
    let idWidth = shownIDs.reduce(0) { max($0, TextLayout.width($1)) }
    // What the date, source and title get of the width once the ids have theirs.
    let width = width.map { max(1, $0 - (ids ? idWidth + gap.count : 0)) }
    let sources = articles.map { TextLayout.sanitizeLine($0.source ?? "") }
    var sourceWidth = sources.reduce(0) { max($0, TextLayout.width($1)) }
    if let width {
      // Keep at least a third of the line for titles, which is what people scan.
      sourceWidth = min(sourceWidth, max(4, (width - 12) / 3))
    }
    for (index, (article, source)) in zip(articles, sources).enumerated() {
      let date = article.published?.dayString ?? String(repeating: " ", count: 10)
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
