import GazetteText

/// Draws a line made of differently styled parts, cutting the last visible part with `…`.
public enum SegmentedLine {
  /// Draws `segments` (display-safe text) left to right in the first row of `rect`.
  ///
  /// The rest of the row is filled with `fill`. Returns the columns the text used.
  @discardableResult
  public static func draw(
    _ segments: [(String, Style)], in rect: Rect, fill: Style, into grid: inout CellGrid
  ) -> Int {
    guard !rect.isEmpty else { return 0 }
    var used = 0
    for (text, style) in segments {
      let remaining = rect.width - used
      guard remaining > 0 else { break }
      let width = TextLayout.width(text)
      if width <= remaining {
        used += grid.draw(
          Substring(text), x: rect.x + used, y: rect.y, width: remaining, style: style)
      } else {
        used += grid.drawFitted(text, x: rect.x + used, y: rect.y, width: remaining, style: style)
        break
      }
    }
    grid.fill(
      Rect(x: rect.x + used, y: rect.y, width: rect.width - used, height: 1), with: .blank(fill))
    return used
  }
}
