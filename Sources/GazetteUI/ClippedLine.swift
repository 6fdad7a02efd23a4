import GazetteText

/// Prepares an untrusted one-line field (title, source, path) for a row of limited width.
///
/// Only the start of the field is sanitised, so a hostile megabyte-long title costs the same
/// as a short one on every frame. A field longer than that start ends in `…`, so the cut
/// shows even when characters the sanitiser drops made the start narrower than the row.
public enum ClippedLine {
  /// The sanitised start of `raw`, enough to fill `columns` columns.
  public static func make(_ raw: String, columns: Int) -> String {
    // Every grapheme left by the sanitiser takes at least one column, so twice the columns
    // (plus slack for dropped zero-width characters) always fills the row.
    let limit = max(16, columns * 2 + 16)
    guard let end = raw.index(raw.startIndex, offsetBy: limit, limitedBy: raw.endIndex),
      end < raw.endIndex
    else { return TextLayout.sanitizeLine(raw) }
    return TextLayout.sanitizeLine(String(raw[..<end])) + "…"
  }
}
