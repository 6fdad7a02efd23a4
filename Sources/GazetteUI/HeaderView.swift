import GazetteText

/// The header line: "Gazette", the data directory and the active filters.
public enum HeaderView {
  /// Draws the header into `rect`.
  public static func draw(
    _ state: ReaderState, in rect: Rect, theme: Theme, into grid: inout CellGrid
  ) {
    guard !rect.isEmpty else { return }
    var segments: [(String, Style)] = [
      ("Gazette", theme.headerTitle),
      ("  " + TextLayout.sanitizeLine(state.dataDirectory), theme.header),
    ]
    if !state.query.sources.isEmpty {
      let names = state.query.sources.map { TextLayout.sanitizeLine(SourcePicker.label(of: $0)) }
      let label = names.count == 1 ? "source" : "sources"
      segments.append(("  \(label): " + names.joined(separator: ", "), theme.headerTitle))
    }
    if !state.query.search.isEmpty {
      segments.append(
        ("  search: " + TextLayout.sanitizeLine(state.query.search.text), theme.headerTitle))
    }
    if let since = state.query.since {
      segments.append(("  since \(since.dayString)", theme.header))
    }
    if let until = state.query.until {
      segments.append(("  until \(until.dayString)", theme.header))
    }
    SegmentedLine.draw(segments, in: rect, fill: theme.header, into: &grid)
  }
}
