import GazetteText

/// Prepares an untrusted one-line field (title, source, path) for a row of limited width.
///
/// Only as much of the field as the row needs is sanitised: chunks of whole characters are
/// sanitised one after another until they fill `columns` cells, so invisible characters the
/// sanitiser drops (a title starting with hundreds of zero-width spaces) never hide the text
/// after them. At most `byteBudget` UTF-8 bytes of the field are ever looked at, so a
/// megabyte-long title, or one character made of a million combining marks, costs about as
/// much as a 16 KiB one on every frame. A field that was not used to its end is marked with
/// `…`, so the cut shows even when the sanitised part is narrower than the row.
enum ClippedLine {
  /// The most UTF-8 bytes of a field looked at.
  ///
  /// A character larger than this is cut between two of its scalars.
  static let byteBudget = 16 << 10

  /// The sanitised start of `raw`, enough to fill `columns` columns, ending in `…` when
  /// something was left out.
  static func make(_ raw: String, columns: Int) -> String {
    let window = Substring(raw.unicodeScalars[..<scalarBoundary(in: raw, atMost: byteBudget)])
    let chunk = chunkLength(columns)
    var result = ""
    var width = 0
    var start = window.startIndex
    while start < window.endIndex, width < max(1, columns) {
      let end = window.index(start, offsetBy: chunk, limitedBy: window.endIndex) ?? window.endIndex
      let piece = TextLayout.sanitizeLine(String(window[start..<end]))
      width += TextLayout.width(piece)
      result += piece
      start = end
    }
    return start < raw.endIndex ? result + "…" : result
  }

  /// The sanitised end of `raw`, enough to fill `columns` columns, starting with `…` when
  /// something before it was left out.
  static func makeEnd(_ raw: String, columns: Int) -> String {
    let utf8 = raw.utf8
    let skipped = max(0, utf8.count - byteBudget)
    let window = Substring(raw.unicodeScalars[scalarBoundary(in: raw, atLeast: skipped)...])
    let chunk = chunkLength(columns)
    var pieces: [String] = []
    var width = 0
    var end = window.endIndex
    while end > window.startIndex, width < max(1, columns) {
      let start =
        window.index(end, offsetBy: -chunk, limitedBy: window.startIndex) ?? window.startIndex
      let piece = TextLayout.sanitizeLine(String(window[start..<end]))
      width += TextLayout.width(piece)
      pieces.append(piece)
      end = start
    }
    let text = pieces.reversed().joined()
    return end > raw.startIndex ? "…" + text : text
  }

  /// Characters sanitised at a time: every character the sanitiser keeps takes at least one
  /// column, so twice the columns (plus slack for dropped zero-width characters) usually
  /// fills the row in one chunk.
  private static func chunkLength(_ columns: Int) -> Int {
    max(16, columns * 2 + 16)
  }

  /// The last scalar boundary of `raw` at most `limit` UTF-8 bytes from its start.
  private static func scalarBoundary(in raw: String, atMost limit: Int) -> String.Index {
    let utf8 = raw.utf8
    guard var index = utf8.index(utf8.startIndex, offsetBy: limit, limitedBy: utf8.endIndex),
      index < utf8.endIndex
    else { return utf8.endIndex }
    while index > utf8.startIndex, UTF8.isContinuation(utf8[index]) {
      index = utf8.index(before: index)
    }
    return index
  }

  /// The first scalar boundary of `raw` at least `offset` UTF-8 bytes from its start.
  private static func scalarBoundary(in raw: String, atLeast offset: Int) -> String.Index {
    let utf8 = raw.utf8
    var index =
      utf8.index(utf8.startIndex, offsetBy: offset, limitedBy: utf8.endIndex)
      ?? utf8.endIndex
    while index < utf8.endIndex, UTF8.isContinuation(utf8[index]) {
      index = utf8.index(after: index)
    }
    return index
  }
}
