@testable import GazetteText

/// Checks the output of `TextLayout.wrap` against the properties the wrapper promises, and
/// reports every violation in words.
struct WrapChecker {
  /// Characters that must not start a line (CJK strict kinsoku and their ASCII equivalents).
  static let noLineStart: Set<Character> = Set(
    "、。，．：；？！,.:;?!)]}）」』】〕》〉〙〗”’ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿｧｨｩｪｫｬｭｮｯー々〻ゝゞヽヾ…")
  /// Clause and sentence punctuation: never at the start of a line from width 4 on, even when
  /// full kinsoku is impossible.
  static let clausePunctuation: Set<Character> = Set("、。，．：；？！,.:;?!｡､")
  /// Characters that force a line break (the sanitiser leaves only `\n`).
  static let hardBreaks: Set<Character> = [
    "\n", "\r", "\r\n", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}",
  ]
  /// Characters that must not end a line.
  static let noLineEnd: Set<Character> = Set("（「『【〔《〈〘〖“‘([{")

  /// What the checker needs to know about a paragraph, computed once for all widths.
  struct Facts {
    let paragraph: String
    /// UTF-8 offsets of the grapheme cluster boundaries (end included).
    let boundaries: Set<Int>
    /// UTF-8 offsets where the strict rules allow a break, URLs aside.
    let legal: Set<Int>
    /// The URLs, which allow breaks of their own (see `legal(atWidth:)`).
    let urls: [URLSpan]

    init(_ paragraph: String) {
      self.paragraph = paragraph
      var boundaries: Set<Int> = [paragraph.utf8.count]
      for index in paragraph.indices {
        boundaries.insert(paragraph.utf8.distance(from: paragraph.utf8.startIndex, to: index))
      }
      self.boundaries = boundaries
      legal = WrapChecker.legalBreaks(paragraph)
      var copy = paragraph
      urls = copy.withUTF8 { URLSpan.find(in: $0) }
    }

    /// The breaks allowed at `width`: none inside a URL that fits the width; inside a longer
    /// one, only after / ? & # - past its `scheme://`.
    func legal(atWidth width: Int) -> Set<Int> {
      guard !urls.isEmpty else { return legal }
      var bytes = Array(paragraph.utf8)
      var result = legal
      for url in urls {
        // What cannot start a line after the URL counts with it.
        let tail = bytes.withUnsafeMutableBufferPointer {
          ParagraphWrapper.leadingWidth(
            UnsafeBufferPointer($0), from: url.end, PropertyTable.shared,
            of: ParagraphWrapper.avoidLineStart)
        }
        for offset in (url.start + 1)..<url.end {
          result.remove(offset)
          if url.end - url.start + tail > width && offset > url.firstBreak
            && "/?&#-".utf8.contains(bytes[offset - 1])
          {
            result.insert(offset)
          }
        }
      }
      return result
    }
  }

  let paragraph: String
  let width: Int
  let lines: [WrappedLine]
  private let facts: Facts
  private(set) var violations: [String] = []

  /// Wraps `paragraph` at `width` and checks the result.
  ///
  /// How much kinsoku to require.
  enum Kinsoku {
    /// None (hostile text, or widths below 4).
    case none
    /// No line starts with clause punctuation (、。，...).
    case clausePunctuation
    /// No line starts with a `noLineStart` character or ends with a `noLineEnd` one.
    case full
  }

  /// Wraps the paragraph of `facts` at `width` and checks the result.
  init(_ facts: Facts, width: Int, kinsoku: Kinsoku) {
    self.facts = facts
    paragraph = facts.paragraph
    self.width = width
    lines = TextLayout.wrap(paragraph, width: width)
    check(kinsoku: kinsoku)
  }

  /// Wraps `paragraph` at `width` and checks the result, with the kinsoku level `kinsoku`.
  init(_ paragraph: String, width: Int, kinsoku: Kinsoku) {
    self.init(Facts(paragraph), width: width, kinsoku: kinsoku)
  }

  private func offset(_ index: String.Index) -> Int {
    paragraph.utf8.distance(from: paragraph.utf8.startIndex, to: index)
  }

  private mutating func fail(_ message: String) {
    violations.append("width \(width): \(message) in \(String(reflecting: paragraph))")
  }

  private mutating func check(kinsoku: Kinsoku) {
    let utf8 = Array(paragraph.utf8)
    let boundaries = facts.boundaries
    let legal = facts.legal(atWidth: width)
    if lines.isEmpty {
      fail("no lines")
      return
    }
    var previousEnd = 0
    var newlinesSeen = 0
    var startsPart = true
    for (number, line) in lines.enumerated() {
      let start = offset(line.range.lowerBound)
      let end = offset(line.range.upperBound)
      guard start >= previousEnd, end >= start else {
        fail("line \(number) out of order")
        return
      }
      // No text lost: between lines only spaces, tabs and at most one hard line break.
      let gap = String(decoding: utf8[previousEnd..<start], as: UTF8.self)
      let newlines = gap.filter { Self.hardBreaks.contains($0) }.count
      if gap.contains(where: { $0 != " " && $0 != "\t" && !Self.hardBreaks.contains($0) })
        || newlines > 1 || (number == 0 && newlines > 0)
      {
        fail("line \(number) lost text \(gap.debugDescription)")
      }
      newlinesSeen += newlines
      if newlines == 1 { startsPart = true }
      if !boundaries.contains(start) || !boundaries.contains(end) {
        fail("line \(number) splits a grapheme cluster")
      }
      let text = paragraph[line.range]
      var measured = 0
      TextLayout.forEachCell(in: text) { _, column, cellWidth in
        measured = max(measured, column + cellWidth)
      }
      if measured != line.width {
        fail(
          "line \(number) \(String(text).debugDescription) reports \(line.width), measures \(measured)"
        )
      }
      if line.width > width && text.count > 1 {
        fail("line \(number) \(String(text).debugDescription) is \(line.width) columns")
      }
      if text.last == " " || text.last == "\t" {
        fail("line \(number) keeps trailing whitespace")
      }
      if kinsoku != .none && !startsPart, let first = text.first,
        (kinsoku == .full ? Self.noLineStart : Self.clausePunctuation).contains(first)
      {
        fail("line \(number) starts with \(first)")
      }
      let endsPart =
        number == lines.count - 1
        || paragraph[line.range.upperBound..<lines[number + 1].range.lowerBound].contains {
          Self.hardBreaks.contains($0)
        }
      if kinsoku == .full && !endsPart, let last = text.last, Self.noLineEnd.contains(last) {
        fail("line \(number) ends with \(last)")
      }
      if !startsPart && number > 0 {
        checkFullness(previous: lines[number - 1], next: line, legal: legal)
      }
      startsPart = false
      previousEnd = end
    }
    let tail = utf8[previousEnd...]
    if tail.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
      fail("lost the tail \(String(decoding: tail, as: UTF8.self).debugDescription)")
    }
    if newlinesSeen != paragraph.filter({ Self.hardBreaks.contains($0) }).count {
      fail("hard line break count differs")
    }
  }

  /// The line before `next` could not have held the start of `next`: at a legal break, the
  /// segment up to the next legal break would not fit; at an emergency break, the next few
  /// clusters would not.
  private mutating func checkFullness(previous: WrappedLine, next: WrappedLine, legal: Set<Int>) {
    let nextStart = offset(next.range.lowerBound)
    let joined: Substring = paragraph[previous.range.lowerBound..<next.range.lowerBound]
    let candidates: [String.Index]
    if legal.contains(nextStart) {
      // The segment after the break, up to the next legal break, without trailing spaces.
      var end = paragraph.endIndex
      var index = next.range.lowerBound
      while index < paragraph.endIndex {
        index = paragraph.index(after: index)
        if index == paragraph.endIndex || legal.contains(offset(index))
          || Self.hardBreaks.contains(paragraph[index])
        {
          end = index
          break
        }
      }
      var segment = paragraph[next.range.lowerBound..<end]
      while let last = segment.last, last == " " || last == "\t" { segment = segment.dropLast() }
      candidates = [segment.endIndex]
    } else {
      // An emergency break may move up to 8 clusters down, and looks one cluster past the one
      // that overflowed, so the window may run past the next line.
      var ends: [String.Index] = []
      var index = next.range.lowerBound
      while ends.count < 10 && index < paragraph.endIndex
        && !Self.hardBreaks.contains(paragraph[index])
      {
        let isSpace = paragraph[index] == " " || paragraph[index] == "\t"
        index = paragraph.index(after: index)
        if !isSpace { ends.append(index) }
      }
      candidates = ends
    }
    let fits = candidates.allSatisfy { end in
      // Spaces hang past the edge: measure without them.
      var text = joined + paragraph[next.range.lowerBound..<end]
      while let last = text.last, last == " " || last == "\t" { text.removeLast() }
      return TextLayout.width(text) <= width
    }
    if fits && !candidates.isEmpty {
      let shown = String(paragraph[previous.range]).debugDescription
      fail(
        "line \(shown) ended early (next starts \(String(paragraph[next.range].prefix(6)).debugDescription))"
      )
    }
  }

  /// UTF-8 offsets of the cluster boundaries where the strict rules allow a break.
  static func legalBreaks(_ text: String) -> Set<Int> {
    let table = PropertyTable.shared
    var breaker = LineBreaker(cjkStrict: true)
    var result: Set<Int> = []
    let scalars = Array(text.unicodeScalars)
    var scalarOffsets: [Int] = []
    var running = 0
    for scalar in scalars {
      scalarOffsets.append(running)
      running += String(scalar).utf8.count
    }
    var clusterStarts: Set<Int> = []
    for index in text.indices {
      clusterStarts.insert(text.utf8.distance(from: text.utf8.startIndex, to: index))
    }
    for (position, scalar) in scalars.enumerated() {
      let properties = table.properties(of: scalar.value)
      let lineBreakClass = scalar == "\t" ? .space : properties.lineBreakClass
      let opportunity = breaker.advance(lineBreakClass, properties)
      var allowed: Bool
      switch opportunity {
      case .allowed, .mandatory: allowed = true
      case .prohibited: allowed = false
      case .prohibitedBeforeNumber:
        let next = scalars[(position + 1)...].lazy.map { table.properties(of: $0).lineBreakClass }
          .first { $0 != .combiningMark && $0 != .zeroWidthJoiner }
        allowed = next != .numeric
      }
      if allowed && clusterStarts.contains(scalarOffsets[position]) {
        result.insert(scalarOffsets[position])
      }
    }
    return result
  }
}
