/// The selection and scroll position of the article list, and how keys move them.
///
/// Every method takes the rows (arrival indices in list order) and the pane's height, so the
/// cursor stays valid as rows come and go and the terminal is resized.
struct ListCursor: Hashable, Sendable {
  /// What a command did to the cursor.
  enum Outcome: Hashable, Sendable {
    /// The command moved the list (or tried to: at an end nothing changes).
    case moved
    /// The command is not a list movement.
    case ignored
  }

  /// The selected row.
  var selectedRow = 0
  /// Arrival index of the selected article, to keep it selected as rows come and go.
  var selectedArticle: Int32?
  /// The first row shown.
  var top = 0
  /// Whether the user has moved the selection; until then it stays on the first row.
  var userMoved = false

  /// Applies a movement command (`up`, `down`, `page-up`, `page-down`, `top`, `bottom`) to a
  /// list of `rows` shown `height` rows at a time.
  mutating func update(_ command: Command, rows: [Int32], height: Int) -> Outcome {
    let pageRows = max(1, height - 1)
    switch command {
    case .up: select(row: selectedRow - 1, in: rows, height: height)
    case .down: select(row: selectedRow + 1, in: rows, height: height)
    case .pageUp: page(by: -pageRows, in: rows, height: height)
    case .pageDown: page(by: pageRows, in: rows, height: height)
    case .top: select(row: 0, in: rows, height: height)
    case .bottom: select(row: rows.count - 1, in: rows, height: height)
    default: return .ignored
    }
    return .moved
  }

  /// Moves the selection and the first row shown by `delta` rows, as a page key does.
  private mutating func page(by delta: Int, in rows: [Int32], height: Int) {
    top += delta
    select(row: selectedRow + delta, in: rows, height: height)
  }

  /// Selects `row` (clamped) as the user's choice, scrolling the list to show it.
  mutating func select(row: Int, in rows: [Int32], height: Int) {
    guard !rows.isEmpty else { return }
    let row = min(max(0, row), rows.count - 1)
    selectedRow = row
    selectedArticle = rows[row]
    userMoved = true
    keepSelectionVisible(rowCount: rows.count, height: height)
  }

  /// Scrolls the list so the selection is on screen with a small margin above and below.
  mutating func keepSelectionVisible(rowCount: Int, height: Int) {
    let margin = min(2, (height - 1) / 2)
    if selectedRow < top + margin { top = selectedRow - margin }
    if selectedRow > top + height - 1 - margin { top = selectedRow - height + 1 + margin }
    clampTop(rowCount: rowCount, height: height)
  }

  /// Scrolls the list by `delta` rows without moving the selection (the mouse wheel).
  mutating func scroll(by delta: Int, rowCount: Int, height: Int) {
    top += delta
    clampTop(rowCount: rowCount, height: height)
  }

  /// Keeps the first row shown within the rows.
  mutating func clampTop(rowCount: Int, height: Int) {
    top = min(max(0, top), max(0, rowCount - height))
  }

  /// Keeps the selection on a row after any change: clamped to the rows, its article noted.
  mutating func clamp(to rows: [Int32], height: Int) {
    guard !rows.isEmpty else {
      self = ListCursor(userMoved: userMoved)
      return
    }
    selectedRow = min(max(0, selectedRow), rows.count - 1)
    selectedArticle = rows[selectedRow]
    clampTop(rowCount: rows.count, height: height)
  }

  /// Re-finds the selected article after the rows changed (batches, filters, body matches).
  ///
  /// Until the user moves, the selection stays on the first row; afterwards it follows the
  /// selected article (`position` finds its row), keeping it on the same screen row when rows
  /// are inserted above it.
  mutating func restore(in rows: [Int32], height: Int, position: (Int32) -> Int?) {
    guard !rows.isEmpty else {
      self = ListCursor(userMoved: userMoved)
      return
    }
    var row = 0
    if userMoved, let article = selectedArticle, let found = position(article) {
      row = found
    }
    top += row - selectedRow
    selectedRow = row
    selectedArticle = rows[row]
    keepSelectionVisible(rowCount: rows.count, height: height)
  }
}
