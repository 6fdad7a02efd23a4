import GazetteText

/// The promises of `TextLayout` (docs/text-layout.md), checked on one text at one width.
struct LayoutInvariants {
  /// Characters that force a line break in unsanitised text.
  static let hardBreaks: Set<Character> = [
    "\n", "\r", "\r\n", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}",
  ]
  /// Zero-width format characters the sanitiser drops.
  static let droppedFormatScalars: Set<UInt32> = [0x200B, 0x200C, 0x2060, 0xFEFF, 0x00AD]

  /// The untrusted text.
  let text: String
  /// The width to wrap and truncate at (0…120).
  let width: Int

  /// Runs every check; stops the process at the first broken promise.
  func check() {
    let sanitized = TextLayout.sanitize(text)
    checkSanitized(sanitized, singleLine: false)
    let line = TextLayout.sanitizeLine(text)
    checkSanitized(line, singleLine: true)
    checkLineWidth(line)

    let lines = TextLayout.wrap(sanitized, width: width)
    checkWrap(sanitized, lines: lines, sanitized: true)
    checkWrappedLines(sanitized, lines: lines)
    checkTruncate(line)
    for wrapped in lines.prefix(4) { checkTruncate(String(sanitized[wrapped.range])) }

    // Unsanitised text is not meant for display, but must still wrap within the width and
    // give cells that carry no control.
    checkWrap(text, lines: TextLayout.wrap(text, width: width), sanitized: false)
    _ = cellExtent(of: Substring(text), startColumn: width % 8, what: "raw text")
  }

  // MARK: - Sanitising

  private func checkSanitized(_ output: String, singleLine: Bool) {
    let name = singleLine ? "sanitizeLine" : "sanitize"
    if let scalar = ForbiddenScalar.first(in: output) {
      FuzzCheck.fail("\(name) kept U+\(hex(scalar)) in \(FuzzCheck.shown(output))")
    }
    for scalar in output.unicodeScalars {
      FuzzCheck.require(
        !Self.droppedFormatScalars.contains(scalar.value),
        "\(name) kept the format character U+\(hex(scalar)) in \(FuzzCheck.shown(output))")
      if singleLine {
        FuzzCheck.require(
          scalar != "\n" && scalar != "\t",
          "sanitizeLine kept a newline or tab in \(FuzzCheck.shown(output))")
      }
    }
    var zeroWidthInCell = 0
    for scalar in output.unicodeScalars {
      if scalar == "\n" || TextLayout.width(String(scalar)) > 0 {
        zeroWidthInCell = 0
      } else {
        zeroWidthInCell += 1
        FuzzCheck.require(
          zeroWidthInCell <= TextLayout.maxZeroWidthScalarsPerCell,
          "\(name) kept more than \(TextLayout.maxZeroWidthScalarsPerCell) zero-width scalars "
            + "in one cell of \(FuzzCheck.shown(output))")
      }
    }
    for character in output where character != "\n" && character != "\t" {
      let columns = TextLayout.width(String(character))
      FuzzCheck.require(
        columns >= 1,
        "\(name) left \(FuzzCheck.shown(String(character))) of width \(columns) in "
          + FuzzCheck.shown(output))
    }
    let again = singleLine ? TextLayout.sanitizeLine(output) : TextLayout.sanitize(output)
    FuzzCheck.require(
      again.utf8.elementsEqual(output.utf8),
      "\(name) is not idempotent: \(FuzzCheck.shown(output)) became \(FuzzCheck.shown(again))")
  }

  /// A one-line field measures what its cells cover.
  private func checkLineWidth(_ line: String) {
    let measured = cellExtent(of: Substring(line), startColumn: 0, what: "sanitizeLine output")
    let columns = TextLayout.width(line)
    FuzzCheck.require(
      measured == columns,
      "width says \(columns), cells cover \(measured) in \(FuzzCheck.shown(line))")
  }

  // MARK: - Wrapping

  private func checkWrap(_ paragraph: String, lines: [WrappedLine], sanitized: Bool) {
    let kind = sanitized ? "sanitised" : "raw"
    FuzzCheck.require(!lines.isEmpty, "wrap gave no lines for \(FuzzCheck.shown(paragraph))")
    let utf8 = paragraph.utf8
    var boundaries = Set(paragraph.indices.map { utf8.distance(from: utf8.startIndex, to: $0) })
    boundaries.insert(utf8.count)
    let limit = max(width, 1)
    var previousEnd = paragraph.startIndex
    var breaksBetweenLines = 0
    for (number, line) in lines.enumerated() {
      let lower = line.range.lowerBound
      let upper = line.range.upperBound
      FuzzCheck.require(
        lower >= previousEnd && upper <= paragraph.endIndex,
        "\(kind) line \(number) out of order or out of bounds at width \(width)")
      let lowerOffset = utf8.distance(from: utf8.startIndex, to: lower)
      let upperOffset = utf8.distance(from: utf8.startIndex, to: upper)
      FuzzCheck.require(
        boundaries.contains(lowerOffset) && boundaries.contains(upperOffset),
        "\(kind) line \(number) splits a grapheme cluster at width \(width) in "
          + FuzzCheck.shown(paragraph))
      // No text lost: only spaces, tabs and one forced break lie between lines.
      let gap = paragraph[previousEnd..<lower]
      let breaks = gap.count(where: { Self.hardBreaks.contains($0) })
      FuzzCheck.require(
        gap.allSatisfy { $0 == " " || $0 == "\t" || Self.hardBreaks.contains($0) }
          && breaks <= 1 && (number > 0 || breaks == 0),
        "\(kind) wrap at width \(width) lost \(FuzzCheck.shown(gap)) before line \(number) of "
          + FuzzCheck.shown(paragraph))
      breaksBetweenLines += breaks
      let text = paragraph[line.range]
      FuzzCheck.require(
        line.width <= limit || text.count == 1,
        "\(kind) line \(number) \(FuzzCheck.shown(text)) is \(line.width) columns at width \(width)"
      )
      if sanitized {
        let measured = cellExtent(of: text, startColumn: 0, what: "wrapped line")
        FuzzCheck.require(
          measured == line.width,
          "line \(number) \(FuzzCheck.shown(text)) reports \(line.width) columns, cells cover "
            + "\(measured) at width \(width)")
        FuzzCheck.require(
          text.last != " " && text.last != "\t",
          "line \(number) \(FuzzCheck.shown(text)) keeps trailing whitespace at width \(width)")
      }
      previousEnd = upper
    }
    let tail = paragraph[previousEnd...]
    FuzzCheck.require(
      tail.allSatisfy { $0 == " " || $0 == "\t" },
      "\(kind) wrap at width \(width) lost the tail \(FuzzCheck.shown(tail)) of "
        + FuzzCheck.shown(paragraph))
    let breaks = paragraph.count(where: { Self.hardBreaks.contains($0) })
    FuzzCheck.require(
      breaks == breaksBetweenLines,
      "\(kind) wrap at width \(width) kept \(breaksBetweenLines) of \(breaks) forced breaks in "
        + FuzzCheck.shown(paragraph))
  }

  /// `wrappedLines` gives the same lines as `wrap`, tabs expanded, each as wide as reported.
  private func checkWrappedLines(_ paragraph: String, lines: [WrappedLine]) {
    let strings = TextLayout.wrappedLines(paragraph, width: width)
    FuzzCheck.require(
      strings.count == lines.count,
      "wrappedLines gave \(strings.count) lines, wrap \(lines.count)")
    for (string, line) in zip(strings, lines) {
      FuzzCheck.require(
        !string.contains("\t") && !string.contains("\n"),
        "wrappedLines kept a tab or newline in \(FuzzCheck.shown(string))")
      let columns = TextLayout.width(string)
      FuzzCheck.require(
        columns == line.width,
        "wrappedLines \(FuzzCheck.shown(string)) is \(columns) columns, wrap said \(line.width)")
    }
  }

  // MARK: - Truncation

  private func checkTruncate(_ line: String) {
    let result = TextLayout.truncate(line, width: width)
    let columns = TextLayout.width(result)
    guard width > 0 else {
      FuzzCheck.require(result.isEmpty, "truncate at width 0 gave \(FuzzCheck.shown(result))")
      return
    }
    if TextLayout.width(line) <= width {
      FuzzCheck.require(
        result.utf8.elementsEqual(line.utf8),
        "truncate changed \(FuzzCheck.shown(line)) that fits in \(width)")
      return
    }
    // Padding for a wide character that would straddle the edge follows the ellipsis.
    var marked = Substring(result)
    while marked.last == " " { marked = marked.dropLast() }
    FuzzCheck.require(
      marked.hasSuffix("…") && columns == width,
      "truncate of \(FuzzCheck.shown(line)) at \(width) gave \(FuzzCheck.shown(result)), "
        + "\(columns) columns")
    // Before the ellipsis: a prefix of whole clusters, with the spaces it ended in dropped.
    var prefix = marked.dropLast()
    var isPrefix = false
    while true {
      if line.utf8.starts(with: prefix.utf8) && endsOnClusterBoundary(line, prefix.utf8.count) {
        isPrefix = true
        break
      }
      guard prefix.last == " " else { break }
      prefix = prefix.dropLast()
    }
    FuzzCheck.require(
      isPrefix,
      "truncate of \(FuzzCheck.shown(line)) at \(width) gave \(FuzzCheck.shown(result)), "
        + "not a prefix of whole clusters")
  }

  /// Whether the first `length` UTF-8 bytes of `line` are whole grapheme clusters.
  private func endsOnClusterBoundary(_ line: String, _ length: Int) -> Bool {
    var offset = 0
    for character in line {
      if offset >= length { break }
      offset += character.utf8.count
    }
    return offset == length
  }

  // MARK: - Cells

  /// Walks the cells of `text`: contiguous, each 1 or 2 columns, none carrying a control.
  ///
  /// Returns the columns the cells cover.
  private func cellExtent(of text: Substring, startColumn: Int, what: String) -> Int {
    var expected = startColumn
    TextLayout.forEachCell(in: text, startColumn: startColumn) { cell, column, cellWidth in
      FuzzCheck.require(
        column == expected && (cellWidth == 1 || cellWidth == 2),
        "\(what) \(FuzzCheck.shown(text)): cell \(FuzzCheck.shown(String(cell))) at column "
          + "\(column) (expected \(expected)) is \(cellWidth) wide")
      if let scalar = cell.unicodeScalars.first(where: {
        ForbiddenScalar.isForbiddenInDisplayText($0) || $0 == "\n" || $0 == "\t"
      }) {
        FuzzCheck.fail("\(what) \(FuzzCheck.shown(text)): a cell carries U+\(hex(scalar))")
      }
      expected = column + cellWidth
    }
    return expected - startColumn
  }

  private func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
