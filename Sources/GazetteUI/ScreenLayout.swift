import GazetteTerminal

/// Where each part of the reader goes for a terminal size: header, list, reader, status line.
///
/// Wide terminals put the list and the reader side by side with a vertical border; narrower
/// ones stack the list above the reader with a horizontal rule; below `minimumSize` only a
/// "too small" message is shown. The reducer and the views share this one computation, so
/// scrolling and drawing agree on pane sizes.
struct ScreenLayout: Hashable, Sendable {
  /// How the panes are arranged.
  enum Arrangement: Hashable, Sendable {
    /// The list on the left, the reader on the right, a vertical border between them.
    case sideBySide
    /// The list above the reader, a horizontal rule between them.
    case stacked
    /// The terminal is too small for the reader; only a message is shown.
    case tooSmall
  }

  /// The smallest terminal the reader draws its panes in.
  static let minimumSize = GridSize(width: 20, height: 6)

  /// The narrowest terminal that gets the side-by-side arrangement.
  static let sideBySideMinimumWidth = 100

  /// The terminal size this layout is for.
  let size: GridSize
  /// How the panes are arranged.
  let arrangement: Arrangement
  /// The header line.
  let header: Rect
  /// The article list.
  let list: Rect
  /// The border between list and reader: one column (side by side) or one row (stacked).
  let divider: Rect
  /// The reader pane, margins included.
  let reader: Rect
  /// The status line (also where the search prompt appears).
  let status: Rect

  /// Lays out a terminal of `size`.
  init(size: GridSize) {
    self.size = size
    let width = size.width
    let height = size.height
    guard width >= Self.minimumSize.width, height >= Self.minimumSize.height else {
      arrangement = .tooSmall
      header = .zero
      list = .zero
      divider = .zero
      reader = .zero
      status = .zero
      return
    }
    header = Rect(x: 0, y: 0, width: width, height: 1)
    status = Rect(x: 0, y: height - 1, width: width, height: 1)
    let bodyHeight = height - 2
    if width >= Self.sideBySideMinimumWidth {
      arrangement = .sideBySide
      let listWidth = width * 2 / 5
      list = Rect(x: 0, y: 1, width: listWidth, height: bodyHeight)
      divider = Rect(x: listWidth, y: 1, width: 1, height: bodyHeight)
      reader = Rect(x: listWidth + 1, y: 1, width: width - listWidth - 1, height: bodyHeight)
    } else {
      arrangement = .stacked
      let listHeight = max(1, bodyHeight / 3)
      list = Rect(x: 0, y: 1, width: width, height: listHeight)
      divider = Rect(x: 0, y: 1 + listHeight, width: width, height: 1)
      reader = Rect(x: 0, y: 2 + listHeight, width: width, height: bodyHeight - listHeight - 1)
    }
  }

  /// The part of the reader pane that holds text: one column of margin on each side.
  var readerText: Rect {
    reader.width >= 3 ? reader.inset(columns: 1) : reader
  }
}
