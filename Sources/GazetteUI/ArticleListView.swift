import GazetteModel
import GazetteTerminal
import GazetteText

/// The article list: date, source and title in columns, the selected row highlighted.
///
/// Only the rows on screen are drawn, so drawing costs the same for 10 or 100,000 articles.
enum ArticleListView {
  /// Column widths of a list row.
  struct Columns: Hashable, Sendable {
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
      /// The filters match no article.
      case noMatch
      /// The directory is still loading.
      case loading
      /// The directory has no article (its path, untrusted).
      case noArticles(in: String)
    }

    /// The articles, in arrival order.
    var articles: [Article]
    /// Arrival indices in list order.
    var rows: [Int32]
    /// The first row shown.
    var top: Int
    /// The selected row.
    var selectedRow: Int
    /// Whether the list has the focus (the selection is drawn brighter).
    var focused: Bool
    /// What to say when there is no row.
    var emptiness: Emptiness
  }

  /// The columns for a pane `width` columns wide; narrow panes drop source, then date.
  static func columns(forWidth width: Int) -> Columns {
    let date = width >= 24 ? 10 : 0
    let afterDate = width - (date > 0 ? date + 1 : 0)
    let source = width >= 40 ? min(16, (afterDate - 1) / 3) : 0
    let title = afterDate - (source > 0 ? source + 1 : 0)
    return Columns(date: date, source: source, title: max(0, title))
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
    let columns = columns(forWidth: rect.width)
    var drawn = 0
    for screenRow in 0..<rect.height {
      let row = content.top + screenRow
      guard row >= 0, row < rows.count else { break }
      let article = content.articles[Int(rows[row])]
      let y = rect.y + screenRow
      let selectionStyle: Style? =
        row == content.selectedRow
        ? (content.focused ? theme.selection : theme.inactiveSelection) : nil
      var x = rect.x
      if columns.date > 0 {
        let date = article.published?.dayString ?? ""
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
        style: selectionStyle ?? theme.listText)
      drawn += 1
    }
    return drawn
  }

  /// "No articles match", "No articles in DIR", "Loading…" or "Filtering…", centred.
  private static func drawEmptyMessage(
    _ emptiness: Content.Emptiness, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    let message: String
    switch emptiness {
    case .filtering: message = "Filtering…"
    case .noMatch: message = "No articles match"
    case .loading: message = "Loading…"
    case .noArticles(let directory):
      message = "No articles in " + ClippedLine.make(directory, columns: rect.width)
    }
    let fitted =
      TextLayout.width(message) <= rect.width
      ? message : TextLayout.truncate(message, width: rect.width)
    let x = rect.x + max(0, (rect.width - TextLayout.width(fitted)) / 2)
    grid.draw(
      Substring(fitted), x: x, y: rect.y + (rect.height - 1) / 2, width: rect.maxX - x,
      style: theme.notice)
  }
}
