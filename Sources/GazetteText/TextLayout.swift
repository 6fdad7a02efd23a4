/// The entry points of Gazette's text layout: width, sanitising, wrapping and truncation.
///
/// Widths are terminal columns as ncurses places them (`WidthPolicy.terminal`); wrapping
/// follows the Unicode line breaking algorithm with the CJK strict (kinsoku) tailoring; every
/// cut happens between grapheme clusters. `docs/text-layout.md` describes the policies.
public enum TextLayout {
  /// Most zero-width scalars (combining marks, joiners, variation selectors, Hangul medial and
  /// final jamo) `sanitize` keeps after one spacing scalar, that is in one cell.
  ///
  /// A terminal shows only a few of them (ncurses keeps `CCHARW_MAX - 1` = 4 per cell), real
  /// text needs fewer (Vietnamese 2, Hebrew cantillation 3–4, Tibetan stacks about 6, an emoji
  /// subdivision flag 6 tags), and without a cap one hostile 23 MB cluster would be carried
  /// through every layer. `docs/text-layout.md` (section 3) explains the choice.
  public static let maxZeroWidthScalarsPerCell = 16

  /// Display width of `text` in columns; tabs advance to the next multiple of 8.
  public static func width<S: StringProtocol>(_ text: S, policy: WidthPolicy = .terminal) -> Int {
    policy.width(of: text)
  }

  /// Makes untrusted text safe to draw: no control character survives as itself.
  ///
  /// Newlines and tabs are kept (layout handles them); CR LF and CR become newlines; every
  /// other control is replaced by a visible substitute (Control Pictures for C0 and DEL, U+FFFD
  /// for C1 and bidi controls); zero-width format characters are dropped; emoji sequences are
  /// rewritten to the form the width policy counts; at most `maxZeroWidthScalarsPerCell`
  /// zero-width scalars are kept after each spacing scalar. Afterwards every `Character` other
  /// than `\n` and `\t` takes at least one column.
  public static func sanitize(_ text: String) -> String {
    Sanitizer.sanitize(text, policy: .terminal, singleLine: false)
  }

  /// Like `sanitize`, for one-line fields (titles, sources): newlines and tabs become spaces.
  public static func sanitizeLine(_ text: String) -> String {
    Sanitizer.sanitize(text, policy: .terminal, singleLine: true)
  }

  /// Breaks a paragraph (which may contain `\n` as forced breaks) into lines of at most `width`.
  ///
  /// Lines are as full as the line-breaking rules allow. Spaces and tabs at a break are left
  /// out of the lines; a word longer than the line is cut between grapheme clusters; a single
  /// cluster wider than the line goes alone on its line. A paragraph with n forced breaks has
  /// at least n + 1 lines (an empty paragraph is one empty line). Ranges point into
  /// `paragraph`; widths count tabs from the start of each line.
  public static func wrap(
    _ paragraph: String, width: Int, policy: WidthPolicy = .terminal
  ) -> [WrappedLine] {
    let lines = ParagraphWrapper.lines(of: paragraph, width: width, policy: policy)
    let utf8 = paragraph.utf8
    var result: [WrappedLine] = []
    result.reserveCapacity(lines.count)
    var index = utf8.startIndex
    var offset = 0
    for line in lines {
      index = utf8.index(index, offsetBy: line.start - offset)
      offset = line.start
      let lower = index
      index = utf8.index(index, offsetBy: line.end - offset)
      offset = line.end
      result.append(WrappedLine(range: lower..<index, width: line.width))
    }
    return result
  }

  /// Wraps a paragraph and returns the lines as strings, tabs expanded to spaces.
  public static func wrappedLines(
    _ paragraph: String, width: Int, policy: WidthPolicy = .terminal
  ) -> [String] {
    wrap(paragraph, width: width, policy: policy).map { line in
      let text = paragraph[line.range]
      guard text.utf8.contains(0x09) else { return String(text) }
      var expanded = ""
      expanded.reserveCapacity(text.utf8.count + 8)
      var column = 0
      for character in text {
        if character.utf8.first == 0x09 && character.utf8.count == 1 {
          let next = (column / 8 + 1) * 8
          expanded.append(String(repeating: " ", count: next - column))
          column = next
        } else {
          expanded.append(character)
          column += policy.width(of: character)
        }
      }
      return expanded
    }
  }

  /// Cuts `text` to at most `width` columns, ending in `…` when something was cut.
  ///
  /// The cut falls between grapheme clusters; the `…` follows the last character kept (spaces
  /// before it are dropped), and when a wide character would straddle the edge, spaces after
  /// the `…` make the result exactly `width` columns.
  public static func truncate(_ text: String, width: Int, policy: WidthPolicy = .terminal)
    -> String
  {
    guard width > 0 else { return "" }
    var column = 0
    var cut = text.startIndex
    var cutColumn = 0
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let isTab = character.utf8.first == 0x09 && character.utf8.count == 1
      let columns = isTab ? (column / 8 + 1) * 8 - column : policy.width(of: character)
      if column + columns > width {
        // The "…" follows the last word kept (no space before it, even when the cut falls
        // after a space or a wide character leaves a column free); the padding goes after it.
        var kept = text[..<cut]
        var keptColumn = cutColumn
        while let last = kept.last, last == " " {
          kept.removeLast()
          keptColumn -= 1
        }
        let padding = String(repeating: " ", count: width - 1 - keptColumn)
        return String(kept) + "…" + padding
      }
      column += columns
      index = text.index(after: index)
      if column <= width - 1 {
        cut = index
        cutColumn = column
      }
    }
    return text
  }

  /// Keeps the end of `text` within `width` columns, starting with `…` when something was cut.
  ///
  /// For one display-safe line (from `sanitizeLine`), such as a path or a search typed at a
  /// prompt, where the end matters most. The cut falls between grapheme clusters; when a wide
  /// character would straddle the edge, a space takes its place after the `…`, so a cut result
  /// is exactly `width` columns. Width 0 gives "", width 1 gives "…" when something was cut.
  public static func truncateStart(_ text: String, width: Int, policy: WidthPolicy = .terminal)
    -> String
  {
    guard width > 0 else { return "" }
    guard policy.width(of: text) > width else { return text }
    let room = width - 1
    var used = 0
    var start = text.endIndex
    while start > text.startIndex {
      let previous = text.index(before: start)
      let columns = policy.width(of: text[previous..<start])
      if used + columns > room { break }
      used += columns
      start = previous
    }
    return "…" + String(repeating: " ", count: room - used) + text[start...]
  }

  /// Calls `body` for every cell a line occupies: the grapheme, its column and its width.
  ///
  /// `startColumn` is the column at which `line` begins (0 for a line from `wrap`); columns
  /// passed to `body` count from it, and tabs are expanded to spaces up to the next multiple
  /// of 8 of that count, so renderers place text exactly where `wrap` measured it. A cluster
  /// the width policy draws as several cells (👍🏽, a flag) comes as several calls, each of
  /// width 1 or 2; controls come as their visible substitutes; newlines and zero-width
  /// clusters take no cell.
  public static func forEachCell<S: StringProtocol>(
    in line: S, startColumn: Int = 0, policy: WidthPolicy = .terminal,
    _ body: (Character, Int, Int) -> Void
  ) {
    var column = startColumn
    for character in line {
      let utf8 = character.utf8
      let lead = utf8.first ?? 0
      if lead >= 0x20 && lead < 0x7F && utf8.count == 1 {
        body(character, column, 1)
        column += 1
      } else if lead == 0x09 && utf8.count == 1 {
        let next = (column / 8 + 1) * 8
        while column < next {
          body(" ", column, 1)
          column += 1
        }
      } else {
        policy.forEachCell(of: character) { cell, width in
          body(cell, column, width)
          column += width
        }
      }
    }
  }
}
