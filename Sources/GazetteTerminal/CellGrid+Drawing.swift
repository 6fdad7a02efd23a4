import GazetteText

extension CellGrid {
  /// Draws one line of text from column `x` of row `y`, using at most `width` columns.
  ///
  /// Every grapheme is placed with `TextLayout.forEachCell` (tabs expanded from `x`), so the
  /// text lands exactly where `TextLayout.wrap` measured it. A wide grapheme that would
  /// straddle the limit becomes a space; nothing is drawn past the limit or the grid's edge.
  /// A grapheme that still holds a control character (the sanitiser should have replaced it)
  /// is drawn as its visible substitute, U+FFFD or nothing, and counted in `unsafeFallbacks`.
  /// Substitutes of control characters are dimmed. `styleAt` overrides
  /// the style of the grapheme starting at an index (for search highlights).
  ///
  /// Returns the number of columns used.
  @discardableResult
  public mutating func draw(
    _ line: Substring, x: Int, y: Int, width: Int, style: Style,
    styleAt: ((Substring.Index) -> Style?)? = nil
  ) -> Int {
    drawCells(line, x: x, y: y, width: width, style: style, styleAt: styleAt).used
  }

  /// `draw`, also telling whether the text was cut at the limit.
  private mutating func drawCells(
    _ line: Substring, x: Int, y: Int, width: Int, style: Style,
    styleAt: ((Substring.Index) -> Style?)?
  ) -> (used: Int, cut: Bool) {
    guard y >= 0, y < size.height, x >= 0, x < size.width, width > 0 else {
      return (0, !line.isEmpty)
    }
    let limit = min(size.width, x + width)
    var column = x
    var full = false
    // Grapheme by grapheme, so `styleAt` can see where each one starts; tabs expand from `x`.
    var index = line.startIndex
    while index < line.endIndex, !full {
      let next = line.index(after: index)
      let grapheme = line[index]
      if grapheme != "\t", grapheme != "\n", !TerminalSafety.isSafe(grapheme) {
        unsafeFallbacks += 1
      }
      let graphemeStyle = styleAt?(index) ?? style
      TextLayout.forEachCell(in: line[index..<next], startColumn: column - x) {
        character, _, cellWidth in
        guard !full, cellWidth > 0 else { return }
        if column + cellWidth > limit {
          full = true
          return
        }
        placeGrapheme(character, width: cellWidth, x: column, y: y, style: graphemeStyle)
        column += cellWidth
      }
      index = next
    }
    if full {
      while column < limit {
        write(.blank(style), x: column, y: y)
        column += 1
      }
    }
    return (column - x, full)
  }

  /// Draws `line` (display-safe) cut to `width` columns with `…`, then pads with spaces.
  ///
  /// Returns the number of columns the text itself took before padding.
  @discardableResult
  public mutating func drawFitted(
    _ line: String, x: Int, y: Int, width: Int, style: Style
  ) -> Int {
    guard width > 0 else { return 0 }
    var (used, cut) = drawCells(
      Substring(line), x: x, y: y, width: width, style: style, styleAt: nil)
    if cut {
      let fitted = TextLayout.truncate(line, width: width)
      used = draw(Substring(fitted), x: x, y: y, width: width, style: style)
    }
    fill(Rect(x: x + used, y: y, width: width - used, height: 1), with: .blank(style))
    return used
  }

  /// Fills a rectangle (clipped to the grid) with copies of a one-column cell.
  public mutating func fill(_ rect: Rect, with cell: Cell) {
    let top = max(0, rect.y)
    let bottom = min(size.height, rect.maxY)
    let left = max(0, rect.x)
    let right = min(size.width, rect.maxX)
    guard top < bottom, left < right else { return }
    let safe = cell.width == 1 ? cell : Cell.blank(cell.style)
    for row in top..<bottom {
      // Only wide graphemes straddling the edges need care; everything inside is replaced.
      breakWideGrapheme(at: left, y: row)
      breakWideGrapheme(at: right - 1, y: row)
      for column in left..<right {
        self[column, row] = safe
      }
    }
  }

  /// Puts one cell at (`x`, `y`), keeping wide graphemes whole.
  ///
  /// Overwriting half of a wide grapheme turns its other half into a space; a wide cell that
  /// does not fit before the right edge becomes a space; a wide cell gets its continuation.
  /// Continuation cells cannot be written directly.
  public mutating func write(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, x < size.width, y >= 0, y < size.height, !cell.isContinuation else { return }
    if cell.width >= 2 && x + 1 >= size.width {
      breakWideGrapheme(at: x, y: y)
      self[x, y] = .blank(cell.style)
      return
    }
    breakWideGrapheme(at: x, y: y)
    if cell.width >= 2 {
      breakWideGrapheme(at: x + 1, y: y)
      self[x, y] = Cell(text: cell.text, width: 2, style: cell.style)
      self[x + 1, y] = Cell(text: "", width: 0, style: cell.style)
    } else {
      self[x, y] = cell
    }
  }

  /// Before the cell at (`x`, `y`) is overwritten: turns the other half of a wide grapheme
  /// occupying it into a space.
  private mutating func breakWideGrapheme(at x: Int, y: Int) {
    let old = self[x, y]
    if old.isContinuation, x > 0 {
      self[x - 1, y] = .blank(self[x - 1, y].style)
    } else if old.width >= 2, x + 1 < size.width {
      self[x + 1, y] = .blank(old.style)
    }
  }

  /// Places one grapheme the caller has already measured and fitted.
  ///
  /// `TextLayout.forEachCell` hands out clusters one or two cells wide (wider ones come as
  /// several calls), so `width` is 1 or 2.
  private mutating func placeGrapheme(
    _ character: Character, width: Int, x: Int, y: Int, style: Style
  ) {
    guard TerminalSafety.isSafe(character) else {
      var dimmed = style
      dimmed.dim = true
      write(Cell(text: "\u{FFFD}", width: 1, style: dimmed), x: x, y: y)
      if width > 1 { write(.blank(style), x: x + 1, y: y) }
      return
    }
    var cellStyle = style
    if TerminalSafety.isSubstitute(character) { cellStyle.dim = true }
    write(Cell(text: String(character), width: width, style: cellStyle), x: x, y: y)
  }
}
