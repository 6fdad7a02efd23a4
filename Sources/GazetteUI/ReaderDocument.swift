import GazetteModel
import GazetteText

/// An article as the reader pane shows it: sanitised paragraphs wrapped to one width.
///
/// Paragraphs are sanitised once; lines are `WrappedLine` ranges into them, so a wrapped
/// article costs a few bytes per line. The document starts with the title (wrapped), the
/// metadata line (source · date · views · breadcrumb, wrapped), the URL on a line of its own
/// (kept whole when it fits), a rule and a blank line,
/// then the body with a blank line between paragraphs, or a notice while the body is being
/// read or when it could not be.
struct ReaderDocument: Sendable {
  /// What a line of the document is.
  enum LineKind: Hashable, Sendable {
    /// A line of the title.
    case title
    /// A line of the metadata.
    case metadata
    /// A line of the article's URL.
    case link
    /// The rule under the metadata.
    case rule
    /// An empty line between blocks.
    case blank
    /// A line of the body.
    case body
    /// A line of a message instead of the body ("Loading…", a problem).
    case notice
  }

  /// One screen line of the document.
  struct Line: Hashable, Sendable {
    /// What the line is.
    var kind: LineKind
    /// The paragraph the line belongs to; -1 for rules and blank lines.
    var paragraph: Int
    /// The line's text in its paragraph.
    var range: Range<String.Index>
  }

  /// One search match, where it starts.
  struct Match: Hashable, Sendable {
    /// The line the match starts on.
    var line: Int
    /// The paragraph it is in.
    var paragraph: Int
    /// The matching text in the paragraph.
    var range: Range<String.Index>
  }

  /// A position in the text that survives re-wrapping: a paragraph and a UTF-8 offset.
  struct Anchor: Hashable, Sendable {
    /// The paragraph.
    var paragraph: Int
    /// UTF-8 offset of the position in the paragraph.
    var offset: Int
  }

  /// How far the body has come.
  enum BodyPhase: Hashable, Sendable {
    /// The body is being read.
    case loading
    /// The body was read.
    case loaded
    /// The body could not be read.
    case failed
  }

  /// Arrival index of the article shown (renumbered when the list is replaced).
  var article: Int32
  /// Width the text is wrapped to.
  let width: Int
  /// Whether the body is in, being read, or failed.
  let phase: BodyPhase
  /// The article's URL as a browser takes it, when it is one that may be opened.
  let linkURL: String?
  /// Whether the body is large (`isLarge`): such a document is wrapped, and its matches are
  /// found, off the main loop.
  let isLarge: Bool
  /// Sanitised paragraphs: title, metadata, URL, then body paragraphs or the notice.
  private(set) var paragraphs: [String] = []
  /// What each paragraph is (`.title`, `.metadata`, `.link`, `.body` or `.notice`).
  private(set) var paragraphKinds: [LineKind] = []
  /// The lines, top to bottom.
  private(set) var lines: [Line] = []
  /// The pattern matches were found for.
  private(set) var pattern = SearchPattern("")
  /// Matches in title, metadata and body, in reading order.
  private(set) var matches: [Match] = []
  private var rangesByParagraph: [[Range<String.Index>]] = []
  private var firstLines: [Int] = []
  /// Bytes of the text and the lines, without the matches.
  private var layoutBytes = 0

  /// About how much memory the document holds: its text, lines and matches.
  var estimatedBytes: Int {
    var matchBytes = matches.count * MemoryLayout<Match>.stride
    matchBytes += rangesByParagraph.count * MemoryLayout<[Range<String.Index>]>.stride
    matchBytes += matches.count * MemoryLayout<Range<String.Index>>.stride
    return layoutBytes + matchBytes
  }

  /// Bodies larger than this many UTF-8 bytes are wrapped, and searched for matches, in the
  /// background: a few milliseconds of work in a release build, but enough to be felt in a
  /// debug one (and a 20 MB body takes a second to search).
  static let backgroundLayoutBytes = 256 << 10

  /// Whether wrapping or searching `body` is worth moving off the main loop.
  static func isLarge(_ body: ArticleBody) -> Bool {
    var total = 0
    for paragraph in body.paragraphs {
      total += paragraph.utf8.count
      if total > backgroundLayoutBytes { return true }
    }
    return false
  }

  /// Lays out `article` with its body (`nil` while being read) at `width` columns.
  init(
    article: Article, index: Int32, body: Result<ArticleBody, LoadProblem>?, width: Int,
    pattern: SearchPattern
  ) {
    self.article = index
    self.width = max(1, width)
    switch body {
    case nil: phase = .loading
    case .success: phase = .loaded
    case .failure: phase = .failed
    }
    linkURL = (try? WebAddress(validating: article.url))?.ascii
    if case .success(let content)? = body {
      isLarge = Self.isLarge(content)
    } else {
      isLarge = false
    }
    let title = TextLayout.sanitizeLine(article.title)
    addParagraph(title.isEmpty ? "(untitled)" : title, kind: .title)
    let details = TextLayout.sanitizeLine(ArticleMetadata.details(of: article))
    let url = ArticleMetadata.url(of: article).map(TextLayout.sanitizeLine)
    if !details.isEmpty || url == nil {
      addParagraph(details.isEmpty ? "(no details)" : details, kind: .metadata)
    }
    // The URL on a line of its own, kept whole by the line breaker when it fits the width.
    if let url { addParagraph(url, kind: .link) }
    addSpacer(.rule)
    addSpacer(.blank)
    switch body {
    case nil:
      addParagraph("Loading…", kind: .notice)
    case .failure(let problem):
      addParagraph(
        TextLayout.sanitize("This article cannot be read: \(problem.description)"),
        kind: .notice)
    case .success(let content) where content.paragraphs.isEmpty:
      addParagraph("This article has no text.", kind: .notice)
    case .success(let content):
      for (number, paragraph) in content.paragraphs.enumerated() {
        if number > 0 { addSpacer(.blank) }
        addParagraph(TextLayout.sanitize(paragraph), kind: .body)
      }
    }
    layoutBytes =
      paragraphs.reduce(0) { $0 + $1.utf8.count + MemoryLayout<String>.stride }
      + lines.count * MemoryLayout<Line>.stride + firstLines.count * MemoryLayout<Int>.stride
    highlight(pattern)
  }

  private mutating func addParagraph(_ text: String, kind: LineKind) {
    let number = paragraphs.count
    paragraphs.append(text)
    paragraphKinds.append(kind)
    firstLines.append(lines.count)
    for wrapped in TextLayout.wrap(text, width: width) {
      lines.append(Line(kind: kind, paragraph: number, range: wrapped.range))
    }
  }

  private mutating func addSpacer(_ kind: LineKind) {
    let empty = ""
    lines.append(Line(kind: kind, paragraph: -1, range: empty.startIndex..<empty.endIndex))
  }

  /// Finds the matches of `pattern` (in title, metadata and body; not in notices).
  mutating func highlight(_ pattern: SearchPattern) {
    _ = highlight(pattern, isCancelled: { false })
  }

  /// This document with the matches of `pattern`; `nil` when `isCancelled` turned true
  /// first (it is asked between paragraphs).
  func highlighted(_ pattern: SearchPattern, isCancelled: () -> Bool) -> ReaderDocument? {
    var copy = self
    return copy.highlight(pattern, isCancelled: isCancelled) ? copy : nil
  }

  /// `highlight`, stopping (with the matches incomplete) when `isCancelled` turns true;
  /// returns whether it finished.
  private mutating func highlight(_ pattern: SearchPattern, isCancelled: () -> Bool) -> Bool {
    self.pattern = pattern
    matches = []
    rangesByParagraph = Array(repeating: [], count: paragraphs.count)
    guard !pattern.isEmpty else { return true }
    for (number, text) in paragraphs.enumerated() where paragraphKinds[number] != .notice {
      if isCancelled() { return false }
      let ranges = pattern.ranges(in: text).filter { !$0.isEmpty }
      rangesByParagraph[number] = ranges
      var line = firstLines[number]
      for range in ranges {
        // Ranges come in order, so the line only moves forward within the paragraph.
        while line + 1 < lines.count, lines[line + 1].paragraph == number,
          lines[line + 1].range.lowerBound <= range.lowerBound
        {
          line += 1
        }
        matches.append(Match(line: line, paragraph: number, range: range))
      }
    }
    return true
  }

  /// The match ranges that overlap line `index`, in order.
  func matchRanges(onLine index: Int) -> [Range<String.Index>] {
    guard index >= 0, index < lines.count else { return [] }
    let line = lines[index]
    guard line.paragraph >= 0, line.paragraph < rangesByParagraph.count else { return [] }
    let ranges = rangesByParagraph[line.paragraph]
    // First range ending after the line starts, by bisection: paragraphs can be huge.
    var low = ranges.partitioningIndex { $0.upperBound > line.range.lowerBound }
    var result: [Range<String.Index>] = []
    while low < ranges.count, ranges[low].lowerBound < line.range.upperBound {
      result.append(ranges[low])
      low += 1
    }
    return result
  }

  /// The text of line `index` (tabs not expanded).
  func text(ofLine index: Int) -> Substring {
    guard index >= 0, index < lines.count else { return "" }
    let line = lines[index]
    guard line.paragraph >= 0, line.paragraph < paragraphs.count else { return "" }
    return paragraphs[line.paragraph][line.range]
  }

  /// The position where line `index` starts, to find it again after re-wrapping.
  func anchor(ofLine index: Int) -> Anchor? {
    var number = min(max(0, index), lines.count - 1)
    while number >= 0, lines[number].paragraph < 0 { number -= 1 }
    guard number >= 0 else { return nil }
    let line = lines[number]
    let text = paragraphs[line.paragraph]
    return Anchor(
      paragraph: line.paragraph,
      offset: text.utf8.distance(from: text.startIndex, to: line.range.lowerBound))
  }

  /// The line holding `anchor` (the last line of its paragraph starting at or before it).
  func line(containing anchor: Anchor) -> Int {
    guard anchor.paragraph >= 0, anchor.paragraph < paragraphs.count else { return 0 }
    let text = paragraphs[anchor.paragraph]
    let utf8 = text.utf8
    let target =
      utf8.index(utf8.startIndex, offsetBy: anchor.offset, limitedBy: utf8.endIndex)
      ?? utf8.endIndex
    var found = 0
    for (number, line) in lines.enumerated() where line.paragraph == anchor.paragraph {
      if line.range.lowerBound <= target { found = number } else { break }
    }
    return found
  }
}
