import GazetteModel
import GazetteTerminal
import GazetteText

/// The header line: "Gazette", the data directory, the active filters and reading view.
enum HeaderView {
  /// What the header shows.
  struct Content: Hashable, Sendable {
    /// The data directory, as given (untrusted: sanitised when drawn).
    var dataDirectory: String
    /// The active filters.
    var query: ArticleQuery
    /// The list's order (said when it is not the default, newest first).
    var sort: ArticleSortOrder = .standard
    /// The reading view (all, unread, flagged).
    var view: ReadingView = .all
    /// Articles that arrived while the reader ran and have not been shown yet.
    var arrived = 0
  }

  /// Draws the header into `rect`.
  static func draw(
    _ content: Content, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    guard !rect.isEmpty else { return }
    let query = content.query
    let columns = rect.width
    var segments: [(String, Style)] = []
    if content.arrived > 0 {
      segments.append(("  \(GroupedNumber.format(content.arrived)) new", theme.headerTitle))
    }
    if !query.sources.isEmpty {
      let names = query.sources.prefix(columns).map {
        ClippedLine.make(SourceMatcher.label(of: $0), columns: columns)
      }
      let label = names.count == 1 ? "source" : "sources"
      segments.append(("  \(label): " + names.joined(separator: ", "), theme.headerTitle))
    }
    if !query.search.isEmpty {
      segments.append(
        (
          "  search: " + ClippedLine.make(query.search.text, columns: columns),
          theme.headerTitle
        ))
    }
    if content.view != .all {
      segments.append(("  view: \(content.view.rawValue)", theme.headerTitle))
    }
    if let since = query.since {
      segments.append(("  since \(since.dayString)", theme.header))
    }
    if let until = query.until {
      segments.append(("  until \(until.dayString)", theme.header))
    }
    if content.sort != .standard {
      segments.append(("  sorted by \(content.sort)", theme.header))
    }
    // The filters say what the list shows, so the path gives way first, keeping its end:
    // the end of the raw path is sanitised, then cut to the room left.
    let filterWidth = segments.reduce(0) { $0 + TextLayout.width($1.0) }
    let pathRoom = columns - TextLayout.width("Gazette  ") - filterWidth
    let path = TextLayout.truncateStart(
      ClippedLine.makeEnd(content.dataDirectory, columns: pathRoom), width: pathRoom)
    var leading: [(String, Style)] = [("Gazette", theme.headerTitle)]
    if !path.isEmpty { leading.append(("  " + path, theme.header)) }
    segments.insert(contentsOf: leading, at: 0)
    SegmentedLine.draw(segments, in: rect, fill: theme.header, into: &grid)
  }
}
