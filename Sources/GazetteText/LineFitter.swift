/// Fills lines greedily from a stream of grapheme clusters.
///
/// Each cluster arrives with its width, whether the line-break rules allow a break before it,
/// and its kinsoku flags. A cluster that does not fit breaks the line at the last allowed
/// opportunity; when the line has none (a word longer than the line), it breaks at a cluster
/// boundary, preferring one that keeps closing punctuation off the start of the next line and
/// opening punctuation off the end of this one. Spaces at a break hang past the edge and are
/// dropped; a cluster wider than the whole line goes alone on its line.
struct LineFitter {
  /// What a cluster is to the fitter.
  enum Kind {
    /// Anything visible (or zero-width).
    case text
    /// One space or tab: hangs at the end of a line and is dropped there.
    case whitespace
    /// A hard line break: ends the line.
    case newline
  }

  /// A cluster (or a run of whitespace) on the current line since the last break opportunity.
  private struct Entry {
    var start: Int
    var end: Int
    /// Columns; for whitespace, at the column where it currently stands.
    var width: Int32
    var isWhitespace: Bool
    /// Kinsoku: how bad starting a line with this cluster is (0: fine).
    var lineStartPenalty: UInt8
    /// Kinsoku: should not end a line.
    var avoidsLineEnd: Bool
  }

  /// How far back an emergency break looks for a boundary that respects kinsoku.
  private static var kinsokuLookBack: Int { 8 }

  /// The widest a line may be, in columns.
  let limit: Int
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Lines so far: byte ranges of the paragraph and their widths.
  private(set) var lines: [ParagraphWrapper.Line] = []

  private var lineStart = 0
  /// Columns used on the line, hanging whitespace included.
  private var column = 0
  /// End of the last text cluster on the line (`lineStart` when there is none) and its column.
  private var contentEnd = 0
  private var contentColumn = 0
  /// The content before the last break opportunity on the line.
  ///
  /// The clusters after the opportunity are `entries`, so `entries[0]` (or the incoming
  /// cluster) is where the next line starts.
  private var hasOpportunity = false
  private var opportunityContentEnd = 0
  private var opportunityContentColumn = 0
  /// The clusters after the last opportunity (or since the line start): a buffer this fitter
  /// owns until `finish()`, cleared at every opportunity, so no per-cluster allocation.
  private var entries: UnsafeMutablePointer<Entry>
  private var entryCount = 0
  private var entryCapacity = 64

  /// Creates a fitter for lines of `limit` columns over the paragraph's UTF-8 `bytes`.
  init(limit: Int, bytes: UnsafeBufferPointer<UInt8>) {
    self.limit = limit
    self.bytes = bytes
    entries = .allocate(capacity: entryCapacity)
  }

  /// Adds the cluster `start..<end` of `width` columns.
  ///
  /// `lineStartPenalty` and `avoidsLineEnd` are its kinsoku flags; `followingWidth` is the
  /// width of the cluster after it when that one must not start a line either (0 otherwise),
  /// so an emergency break keeps them together.
  @inline(__always)
  mutating func add(
    start: Int, end: Int, width: Int, kind: Kind, breakAllowed: Bool,
    lineStartPenalty: UInt8, avoidsLineEnd: Bool, followingWidth: Int
  ) {
    // The common case, kept small enough to inline: visible text that fits.
    if kind == .text && column + width <= limit {
      if breakAllowed && start > lineStart {
        hasOpportunity = true
        opportunityContentEnd = contentEnd
        opportunityContentColumn = contentColumn
        entryCount = 0
      }
      append(
        Entry(
          start: start, end: end, width: Int32(truncatingIfNeeded: width), isWhitespace: false,
          lineStartPenalty: lineStartPenalty, avoidsLineEnd: avoidsLineEnd))
      column += width
      contentEnd = end
      contentColumn = column
      return
    }
    addOtherwise(
      start: start, end: end, width: width, kind: kind, breakAllowed: breakAllowed,
      lineStartPenalty: lineStartPenalty, avoidsLineEnd: avoidsLineEnd,
      followingWidth: followingWidth)
  }

  /// `add` for newlines, whitespace and clusters that do not fit.
  @inline(never)
  private mutating func addOtherwise(
    start: Int, end: Int, width: Int, kind: Kind, breakAllowed: Bool,
    lineStartPenalty: UInt8, avoidsLineEnd: Bool, followingWidth: Int
  ) {
    if kind == .newline {
      lines.append(.init(start: lineStart, end: contentEnd, width: contentColumn))
      startLine(at: end)
      return
    }
    if breakAllowed && start > lineStart {
      hasOpportunity = true
      opportunityContentEnd = contentEnd
      opportunityContentColumn = contentColumn
      entryCount = 0
    }
    if kind == .whitespace {
      let columns = whitespaceColumns(start, end, at: column)
      if entryCount > 0 && entries[entryCount - 1].isWhitespace {
        entries[entryCount - 1].end = end
        entries[entryCount - 1].width += Int32(truncatingIfNeeded: columns)
      } else {
        append(
          Entry(
            start: start, end: end, width: Int32(truncatingIfNeeded: columns),
            isWhitespace: true, lineStartPenalty: 0, avoidsLineEnd: false))
      }
      column += columns
      return
    }
    while column + width > limit {
      if hasOpportunity {
        if opportunityContentEnd > lineStart {
          lines.append(
            .init(start: lineStart, end: opportunityContentEnd, width: opportunityContentColumn))
        }
        lineStart = entryCount > 0 ? entries[0].start : start
        hasOpportunity = false
        remeasure()
        continue
      }
      if contentEnd <= lineStart {
        // Only whitespace before the cluster: drop it; the cluster goes first, even if too wide.
        startLine(at: start)
        break
      }
      emergencyBreak(
        beforeClusterAt: start, width: width + followingWidth, lineStartPenalty: lineStartPenalty)
    }
    append(
      Entry(
        start: start, end: end, width: Int32(truncatingIfNeeded: width), isWhitespace: false,
        lineStartPenalty: lineStartPenalty, avoidsLineEnd: avoidsLineEnd))
    column += width
    contentEnd = end
    contentColumn = column
  }

  /// Ends the paragraph, releases the fitter's buffer and returns the lines (at least one).
  mutating func finish() -> [ParagraphWrapper.Line] {
    lines.append(.init(start: lineStart, end: contentEnd, width: contentColumn))
    entries.deallocate()
    entryCount = 0
    entryCapacity = 0
    return lines
  }

  @inline(__always)
  private mutating func append(_ entry: Entry) {
    if entryCount == entryCapacity { grow() }
    (entries + entryCount).initialize(to: entry)
    entryCount += 1
  }

  @inline(never)
  private mutating func grow() {
    let larger = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
    larger.moveInitialize(from: entries, count: entryCount)
    entries.deallocate()
    entries = larger
    entryCapacity *= 2
  }

  private mutating func startLine(at offset: Int) {
    lineStart = offset
    column = 0
    contentEnd = offset
    contentColumn = 0
    hasOpportunity = false
    entryCount = 0
  }

  /// Breaks a line that has no break opportunity, before one of its last clusters.
  ///
  /// Among the boundaries before the last few text clusters that leave a next line that fits
  /// (through the incoming cluster and the one after it when that must not start a line
  /// either: `width` covers both), the one with the least kinsoku penalty wins, the latest on
  /// a tie; breaking right before the incoming cluster is always a candidate. Penalties: 4 for
  /// starting a line with clause punctuation (。，), 2 for starting it with another closing
  /// character or ending it with an opening one.
  private mutating func emergencyBreak(
    beforeClusterAt start: Int, width: Int, lineStartPenalty: UInt8
  ) {
    let count = entryCount
    var chosen = count
    var chosenPenalty = Int.max
    var index = count
    var checked = 0
    while index >= 1 && checked < Self.kinsokuLookBack && chosenPenalty > 0 {
      if index == count || !entries[index].isWhitespace {
        checked += 1
        var previous = index - 1
        while previous >= 0 && entries[previous].isWhitespace { previous -= 1 }
        if previous < 0 { break }
        let startPenalty = index == count ? lineStartPenalty : entries[index].lineStartPenalty
        let penalty = 2 * Int(startPenalty) + (entries[previous].avoidsLineEnd ? 2 : 0)
        if penalty < chosenPenalty && (index == count || columns(from: index) + width <= limit) {
          chosen = index
          chosenPenalty = penalty
        }
      }
      index -= 1
    }
    var columns = 0
    var end = lineStart
    var width = 0
    for index in 0..<chosen {
      let entry = entries[index]
      columns +=
        entry.isWhitespace
        ? whitespaceColumns(entry.start, entry.end, at: columns) : Int(entry.width)
      if !entry.isWhitespace {
        end = entry.end
        width = columns
      }
    }
    lines.append(.init(start: lineStart, end: end, width: width))
    lineStart = chosen < count ? entries[chosen].start : start
    for index in chosen..<count { entries[index - chosen] = entries[index] }
    entryCount = count - chosen
    remeasure()
  }

  /// Columns `entries[index...]` would take at the start of a line.
  private func columns(from index: Int) -> Int {
    var columns = 0
    for position in index..<entryCount {
      let entry = entries[position]
      columns +=
        entry.isWhitespace
        ? whitespaceColumns(entry.start, entry.end, at: columns) : Int(entry.width)
    }
    return columns
  }

  /// Recomputes the line's columns from `entries` after the line start moved (tabs change).
  private mutating func remeasure() {
    column = 0
    contentEnd = lineStart
    contentColumn = 0
    for index in 0..<entryCount {
      if entries[index].isWhitespace {
        let columns = whitespaceColumns(entries[index].start, entries[index].end, at: column)
        entries[index].width = Int32(truncatingIfNeeded: columns)
        column += columns
      } else {
        column += Int(entries[index].width)
        contentEnd = entries[index].end
        contentColumn = column
      }
    }
  }

  /// Columns of a run of spaces and tabs starting at `column`: tabs go to the next multiple of 8.
  @inline(__always)
  private func whitespaceColumns(_ start: Int, _ end: Int, at column: Int) -> Int {
    var current = column
    for offset in start..<end {
      current = bytes[offset] == 0x09 ? (current / 8 + 1) * 8 : current + 1
    }
    return current - column
  }
}
