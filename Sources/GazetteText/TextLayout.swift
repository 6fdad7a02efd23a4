/// The entry points of Gazette's text layout: width, sanitising, wrapping and truncation.
///
/// STUB (skeleton): naive implementations that keep the contract; the text-layout work
/// replaces the bodies with the CJK-correct engine.
public enum TextLayout {
  /// Display width of `text` in columns.
  public static func width<S: StringProtocol>(_ text: S, policy: WidthPolicy = .terminal) -> Int {
    policy.width(of: text)
  }

  /// Makes untrusted text safe to draw: no control character survives as itself.
  ///
  /// Newlines and tabs are kept (layout handles them); every other control is replaced by a
  /// visible substitute; zero-width format characters are dropped.
  public static func sanitize(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          let v = scalar.value
          if v == 0x0A || v == 0x09 { return scalar }
          if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
          if v == 0x7F { return Unicode.Scalar(0x2421)! }
          if v >= 0x80 && v < 0xA0 { return Unicode.Scalar(0xFFFD)! }
          return scalar
        }))
  }

  /// Like `sanitize`, for one-line fields (titles, sources): newlines and tabs become spaces.
  public static func sanitizeLine(_ text: String) -> String {
    sanitize(text).replacing("\n", with: " ").replacing("\t", with: " ")
  }

  /// Breaks a paragraph (which may contain `\n` as forced breaks) into lines of at most `width`.
  public static func wrap(
    _ paragraph: String, width: Int, policy: WidthPolicy = .terminal
  ) -> [WrappedLine] {
    let width = max(1, width)
    var lines: [WrappedLine] = []
    var start = paragraph.startIndex
    var used = 0
    var index = paragraph.startIndex
    while index < paragraph.endIndex {
      let character = paragraph[index]
      let next = paragraph.index(after: index)
      if character == "\n" {
        lines.append(WrappedLine(range: start..<index, width: used))
        start = next
        used = 0
      } else {
        let w = policy.width(of: character)
        if used + w > width && used > 0 {
          lines.append(WrappedLine(range: start..<index, width: used))
          start = index
          used = 0
        }
        used += w
      }
      index = next
    }
    lines.append(WrappedLine(range: start..<paragraph.endIndex, width: used))
    return lines
  }

  /// Wraps a paragraph and returns the lines as strings, tabs expanded to spaces.
  public static func wrappedLines(
    _ paragraph: String, width: Int, policy: WidthPolicy = .terminal
  ) -> [String] {
    wrap(paragraph, width: width, policy: policy).map { String(paragraph[$0.range]) }
  }

  /// Cuts `text` to at most `width` columns, ending in `…` when something was cut.
  public static func truncate(_ text: String, width: Int, policy: WidthPolicy = .terminal)
    -> String
  {
    if policy.width(of: text) <= width { return text }
    if width <= 0 { return "" }
    var result = ""
    var used = 0
    for character in text {
      let w = policy.width(of: character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + String(repeating: " ", count: width - 1 - used) + "…"
  }

  /// Calls `body` for every cell a line occupies: the grapheme, its column and its width.
  ///
  /// Tabs are expanded to spaces up to the next multiple of 8 (counted from `startColumn`), so
  /// renderers place text exactly where `wrap` measured it.
  public static func forEachCell<S: StringProtocol>(
    in line: S, startColumn: Int = 0, policy: WidthPolicy = .terminal,
    _ body: (Character, Int, Int) -> Void
  ) {
    var column = startColumn
    for character in line {
      if character == "\t" {
        let next = (column / 8 + 1) * 8
        while column < next {
          body(" ", column, 1)
          column += 1
        }
        continue
      }
      let w = policy.width(of: character)
      body(character, column, w)
      column += w
    }
  }
}
