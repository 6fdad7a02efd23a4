import GazetteModel
import GazetteTerminal
import GazetteText

/// The article list: reading marks, date, source and title in columns, the selected row
/// highlighted.
///
/// The marks column says, without colour, what colour-blind and `NO_COLOR` readers need:
/// `!` flagged, then `N` new, `•` unread, blank read; unread titles are bold too.
/// Only the rows on screen are drawn, so drawing costs the same for 10 or 100,000 articles.
enum ArticleListView {
  /// Column widths of a list row.
  struct Columns: Hashable, Sendable {
    /// The marks column (0 when the pane is too narrow for it).
    var marks: Int
    /// The date column (0 when the pane is too narrow for it).
    var date: Int
    /// The source column (0 when the pane is too narrow for it).
    var source: Int
    /// The title column: the rest.
    var title: Int
  }

  /// What the list shows: its rows from `top`, the selection, or why it is empty.
  struct Content: Sendable {
    /// Why a list has no rows, said in the middle of the pane.
    enum Emptiness: Hashable, Sendable {
      /// A filter pass is running.
      case filtering
      /// The filters match no article: the lines that say which filters and which keys
      /// change them.
      case noMatch([String])
      /// The directory is still loading.
      case loading
      /// The directory has no article (its path, untrusted).
      case noArticles(in: String)
    }

    /// The articles, in arrival order.
    var articles: [Article]
    /// Arrival indices in list order.
    var rows: [Int32]
    /// The reading marks of the articles, by arrival index (an article past its end has
    /// none: unread, not new).
    var marks: [ArticleMarks] = []
    /// The first row shown.
    var top: Int
    /// The selected row.
    var selectedRow: Int
    /// Whether the list has the focus (the selection is drawn brighter).
    var focused: Bool
    /// What to say when there is no row.
    var emptiness: Emptiness
    /// How dates are written.
    var formatDate: @Sendable (PublishedDate) -> String = { $0.dayString }
    /// The width of the date column when there is room for one.
    var dateWidth = 10
  }

  /// The columns for a pane `width` columns wide with dates `dateWidth` wide; narrow panes
  /// drop source, then date.
  static func columns(forWidth width: Int, dateWidth: Int = 10) -> Columns {
    let marks = width >= 12 ? 2 : 0
    let width = width - (marks > 0 ? marks + 1 : 0)
    let date = width >= 14 + dateWidth ? dateWidth : 0
    let afterDate = width - (date > 0 ? date + 1 : 0)
    let source = width >= 40 ? min(16, (afterDate - 1) / 3) : 0
    let title = afterDate - (source > 0 ? source + 1 : 0)
    return Columns(marks: marks, date: date, source: source, title: max(0, title))
  }

  /// Draws the rows on screen into `rect`; returns how many rows were drawn.
  @discardableResult
  static func draw(
    _ content: Content, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) -> Int {
    guard !rect.isEmpty else { return 0 }
    let rows = content.rows
    guard !rows.isEmpty else {
      drawEmptyMessage(content.emptiness, in: rect, theme: theme, into: &grid)
      return 0
    }
    let columns = columns(forWidth: rect.width, dateWidth: content.dateWidth)
    var drawn = 0
    for screenRow in 0..<rect.height {
      let row = content.top + screenRow
      guard row >= 0, row < rows.count else { break }
      let index = Int(rows[row])
      let article = content.articles[index]
      let marks = index < content.marks.count ? content.marks[index] : []
      let y = rect.y + screenRow
      let selectionStyle: Style? =
        row == content.selectedRow
        ? (content.focused ? theme.selection : theme.inactiveSelection) : nil
      var x = rect.x
      if columns.marks > 0 {
        grid.drawFitted(
          markText(marks), x: x, y: y, width: columns.marks,
          style: selectionStyle ?? theme.listMarks)
        grid.write(.blank(selectionStyle ?? theme.listText), x: x + columns.marks, y: y)
        x += columns.marks + 1
      }
      if columns.date > 0 {
        let date = article.published.map { TextLayout.sanitizeLine(content.formatDate($0)) } ?? ""
        grid.drawFitted(
          date, x: x, y: y, width: columns.date, style: selectionStyle ?? theme.listDate)
        grid.write(.blank(selectionStyle ?? theme.listText), x: x + columns.date, y: y)
        x += columns.date + 1
      }
      if columns.source > 0 {
        let source = ClippedLine.make(article.source ?? "", columns: columns.source)
        grid.drawFitted(
          source, x: x, y: y, width: columns.source, style: selectionStyle ?? theme.listSource)
        grid.write(.blank(selectionStyle ?? theme.listText), x: x + columns.source, y: y)
        x += columns.source + 1
      }
      grid.drawFitted(
        ClippedLine.make(article.title, columns: rect.maxX - x), x: x, y: y, width: rect.maxX - x,
        style: titleStyle(selectionStyle ?? theme.listText, read: marks.contains(.read)))
      drawn += 1
    }
    return drawn
  }

  /// The two cells of the marks column: `!` or blank, then `N`, `•` or blank.
  static func markText(_ marks: ArticleMarks) -> String {
    let flag = marks.contains(.flagged) ? "!" : " "
    let reading = marks.contains(.new) ? "N" : (marks.contains(.read) ? " " : "•")
    return flag + reading
  }

  /// Unread titles are bold, so the difference shows without colour too.
  private static func titleStyle(_ style: Style, read: Bool) -> Style {
    guard !read else { return style }
    var bold = style
    bold.bold = true
    return bold
  }

  /// Why the list is empty ("No articles from X match …" with the keys that change it,
  /// "No articles in DIR", "Loading…" or "Filtering…"), centred.
  private static func drawEmptyMessage(
    _ emptiness: Content.Emptiness, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    let message: [String]
    switch emptiness {
    case .filtering: message = ["Filtering…"]
    case .noMatch(let lines): message = lines
    case .loading: message = ["Loading…"]
    case .noArticles(let directory):
      message = ["No articles in " + ClippedLine.make(directory, columns: rect.width)]
    }
    drawCentred(message, in: rect, style: theme.notice, into: &grid)
  }

  /// Draws `paragraphs` wrapped to the width of `rect`, each line centred, the block in the
  /// middle of `rect` (its first lines when it does not fit).
  static func drawCentred(
    _ paragraphs: [String], in rect: Rect, style: Style, into grid: inout CellGrid
  ) {
    let lines = paragraphs.flatMap {
      TextLayout.wrappedLines(TextLayout.sanitizeLine($0), width: max(1, rect.width))
    }
    let top = rect.y + max(0, (rect.height - lines.count) / 2)
    for (offset, line) in lines.prefix(rect.height).enumerated() {
      let fitted =
        TextLayout.width(line) <= rect.width ? line : TextLayout.truncate(line, width: rect.width)
      let x = rect.x + max(0, (rect.width - TextLayout.width(fitted)) / 2)
      grid.draw(Substring(fitted), x: x, y: top + offset, width: rect.maxX - x, style: style)
    }
  }
}
