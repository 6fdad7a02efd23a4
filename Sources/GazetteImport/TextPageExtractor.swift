/// Reads a scraped text page like the seed: a breadcrumb line, a title, a metadata line, then
/// paragraphs.
///
/// The breadcrumb and the metadata line are looked for among the first lines of the page; at
/// least one of them must be there, or the text is not recognised as a page. The title is the
/// first other line at the top. Paragraphs are the blocks between blank lines; the lines of one
/// block are joined (without a space between two CJK characters, with one otherwise). When the
/// body has no blank line at all, every line is a paragraph.
public enum TextPageExtractor {
  /// How many non-empty lines at the top may hold the breadcrumb, title and metadata line.
  static let headerLines = 8

  /// Why a text was not recognised.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// Neither a breadcrumb nor a metadata line near the top.
    case notAPage
    /// A breadcrumb or metadata line but no title line.
    case noTitle

    /// The reason in plain words.
    public var description: String {
      switch self {
      case .notAPage:
        return "not a recognised page: no breadcrumb line (当前位置: 首页 > …) and no metadata "
          + "line (发布时间: … 来源: …) near the top"
      case .noTitle: return "no title line before the text"
      }
    }
  }

  /// The page in `text` (already decoded and, when wanted, cleaned of pinyin annotations).
  public static func extract(_ text: String) throws(Failure) -> ExtractedPage {
    let lines = normalizedLines(text)
    var category: [String] = []
    var metadata: MetadataLine?
    var title: String?
    var bodyStart = 0
    var seen = 0
    var index = 0
    while index < lines.count && seen < headerLines {
      let line = lines[index]
      index += 1
      if line.isEmpty { continue }
      seen += 1
      if category.isEmpty, let levels = Breadcrumb.levels(in: line) {
        category = levels
        bodyStart = index
      } else if metadata == nil, let found = MetadataLine(line) {
        metadata = found
        bodyStart = index
        if title != nil { break }
      } else if title == nil {
        title = line
        bodyStart = index
      } else {
        // A second line that is neither breadcrumb nor metadata: the text starts here.
        break
      }
    }
    guard !category.isEmpty || metadata != nil else { throw .notAPage }
    guard let title else { throw .noTitle }
    return ExtractedPage(
      title: title, source: metadata?.source, published: metadata?.date, category: category,
      views: metadata?.views, paragraphs: paragraphs(Array(lines[bodyStart...])))
  }

  /// The lines of `text`, each trimmed of whitespace (line ends CRLF, CR, NEL, U+2028 alike).
  static func normalizedLines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\r", "\u{85}", "\u{2028}", "\u{2029}":
        lines.append(current.trimming())
        current = ""
        previousWasCR = scalar == "\r"
        continue
      case "\n":
        if !previousWasCR {
          lines.append(current.trimming())
          current = ""
        }
      default:
        current.unicodeScalars.append(scalar)
      }
      previousWasCR = false
    }
    lines.append(current.trimming())
    return lines
  }

  /// Blocks between blank lines, each joined into one paragraph; every line its own paragraph
  /// when there is no blank line between text lines.
  static func paragraphs(_ lines: [String]) -> [String] {
    let text = lines.drop(while: \.isEmpty)
    let hasBlankLines = text.reversed().drop(while: \.isEmpty).contains(where: \.isEmpty)
    guard hasBlankLines else { return text.filter { !$0.isEmpty } }
    var result: [String] = []
    var block: [String] = []
    for line in text {
      if line.isEmpty {
        if !block.isEmpty { result.append(joined(block)) }
        block = []
      } else {
        block.append(line)
      }
    }
    if !block.isEmpty { result.append(joined(block)) }
    return result
  }

  /// Lines of one paragraph joined: nothing between two wide (CJK) characters, a space
  /// otherwise.
  static func joined(_ lines: [String]) -> String {
    var result = ""
    for line in lines {
      if let last = result.last, let first = line.first, !(isWide(last) && isWide(first)) {
        result.append(" ")
      }
      result += line
    }
    return result
  }

  static func isWide(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return true
    default: return false
    }
  }
}
