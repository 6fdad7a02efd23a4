import Foundation

/// Reads a saved HTML page: the government-site meta tags (`ArticleTitle`, `PubDate`,
/// `ContentSource`, `ColumnName`, `SiteName`), else Open Graph (`og:title`, `og:site_name`,
/// `article:published_time`), else `<title>`; a breadcrumb and a metadata line found in the
/// page's text; and the main content found by text density, readability-style (navigation,
/// footers, scripts and share bars dropped).
public enum HTMLExtractor {
  /// Why a page gave no article.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// libxml2 refused or could not parse it.
    case markup(MarkupParser.Failure)
    /// No title anywhere.
    case noTitle
    /// No text that looks like an article.
    case noContent

    /// Plain words.
    public var description: String {
      switch self {
      case .markup(let failure): return failure.description
      case .noTitle: return "no title: no ArticleTitle or og:title meta tag, <title> or <h1>"
      case .noContent: return "no article text found in the page"
      }
    }
  }

  /// Class and id words that mark page furniture rather than content, as whole words
  /// (`class="nav"`, `id="copyright"`).
  static let furnitureWords: Set<String> = [
    "nav", "menu", "footer", "foot", "header", "share", "breadcrumb", "crumb", "crumbs",
    "comment", "comments", "sidebar", "related", "advert", "ad", "ads", "banner", "toolbar",
    "login", "copyright", "pagination", "pager", "social", "weixin", "wechat", "qrcode",
    "bdshare", "jiathis", "position", "location", "topbar", "search", "links", "friendlink",
  ]
  /// Word beginnings that mark furniture (`navList`, `menuBar`, `footerInfo`, `shareBox`).
  static let furniturePrefixes = [
    "nav", "menu", "footer", "share", "breadcrumb", "comment", "sidebar", "advert", "copyright",
    "pagination", "bdshare", "jiathis", "qrcode", "social", "friendlink",
  ]
  static let furnitureElements: Set<String> = ["nav", "footer", "aside", "header", "form"]

  /// The article in the HTML `text`; `url` is where it came from, when known.
  public static func extract(_ text: String, url: String? = nil) throws(Failure) -> ExtractedPage {
    let document: MarkupNode
    do { document = try MarkupParser.html(text) } catch { throw .markup(error) }
    var meta: [String: String] = [:]
    for element in document.descendants("meta") {
      guard let content = element.attributes["content"]?.trimming(), !content.isEmpty else {
        continue
      }
      let key = (element.attributes["name"] ?? element.attributes["property"] ?? "").lowercased()
      if !key.isEmpty && meta[key] == nil { meta[key] = content }
    }
    let language = document.descendants("html").first?.attributes["lang"]?.trimming()
    let pageTitle = document.descendants("title").first.map(HTMLText.line(of:))
    // The page's heading: an <h1>, else an <h2>/<h3> that <title> starts with (sites put the
    // headline first in <title> and the site's name after it).
    var heading = document.descendants("h1").map(HTMLText.line(of:)).first { !$0.isEmpty }
    if heading == nil, let pageTitle {
      heading = (document.descendants("h2") + document.descendants("h3")).map(HTMLText.line(of:))
        .first { !$0.isEmpty && pageTitle.hasPrefix($0) }
    }
    var siteName = meta["sitename"] ?? meta["og:site_name"]
    if siteName == nil, let pageTitle, let heading, pageTitle.hasPrefix(heading) {
      let tail = pageTitle.dropFirst(heading.count).trimming("-|_–—:：")
      if !tail.isEmpty && tail.count <= 40 { siteName = tail }
    }

    // The page text's own breadcrumb and metadata line, where a page shows them.
    var category: [String] = []
    var metadata: MetadataLine?
    var metadataTexts: Set<String> = []
    var breadcrumbTexts: Set<String> = []
    document.forEachDescendant { node in
      guard !node.isText, !HTMLText.silent.contains(node.name) else { return !node.isText }
      // Only small elements: a breadcrumb or metadata line is a line, not the page.
      let childBlocks = node.children.contains { HTMLText.blocks.contains($0.name) }
      guard !childBlocks else { return true }
      let line = HTMLText.line(of: node)
      guard !line.isEmpty, line.count <= 200 else { return true }
      if category.isEmpty, let levels = Breadcrumb.levels(in: line), hasLabelOrSeparators(line) {
        category = levels
        breadcrumbTexts.insert(line)
        return false
      }
      if metadata == nil, let found = MetadataLine(line) {
        metadata = found
        metadataTexts.insert(line)
        return false
      }
      return true
    }
    if category.isEmpty, let column = meta["columnname"] { category = [column] }

    guard
      let title = [
        meta["articletitle"], meta["og:title"], heading,
        pageTitle.map {
          strippedSiteName($0, siteName: siteName)
        },
      ]
      .compactMap({ $0?.trimming() }).first(where: { !$0.isEmpty })
    else { throw .noTitle }

    let content = mainContent(of: document) ?? document
    let skip: (MarkupNode) -> Bool = { node in isFurniture(node) && node !== content }
    let paragraphs = HTMLText.paragraphs(of: content, skipping: skip).filter { paragraph in
      paragraph != title && !metadataTexts.contains(paragraph)
        && !breadcrumbTexts.contains(paragraph)
        && MetadataLine(paragraph) == nil
    }
    guard !paragraphs.isEmpty else { throw .noContent }
    let published =
      meta["pubdate"] ?? meta["article:published_time"] ?? meta["publishdate"]
      ?? document.descendants("time").compactMap { $0.attributes["datetime"] }.first
      ?? metadata?.date
    return ExtractedPage(
      title: title,
      source: meta["contentsource"] ?? metadata?.source ?? siteName,
      published: published.flatMap(MetadataLine.dateText(in:)) ?? published,
      url: url ?? meta["og:url"] ?? meta["url"],
      category: category, views: metadata?.views,
      language: language.flatMap { $0.isEmpty ? nil : $0 },
      paragraphs: paragraphs)
  }

  /// A breadcrumb found in HTML must show its label or at least two separators: links joined
  /// by nothing but spaces are a menu.
  private static func hasLabelOrSeparators(_ line: String) -> Bool {
    Breadcrumb.labels.contains { line.contains($0) }
      || line.filter({ Breadcrumb.separators.contains($0) }).count >= 2
  }

  /// `<title>` without a ` - Site name` or `_Site name` tail.
  static func strippedSiteName(_ title: String, siteName: String?) -> String {
    for separator in [" - ", " | ", "_", " – ", " — ", "-"] {
      if let range = title.range(of: separator, options: .backwards) {
        let tail = title[range.upperBound...].trimming()
        if let siteName, tail == siteName.trimming() || siteName.contains(tail) {
          return String(title[..<range.lowerBound])
        }
      }
    }
    return title
  }

  /// Whether `node` is page furniture: navigation, a footer, a share bar, ….
  ///
  /// Only blocks are judged by class and id; inline elements (a link with `class="link"` in a
  /// sentence) always count as text.
  static func isFurniture(_ node: MarkupNode) -> Bool {
    if furnitureElements.contains(node.name) { return true }
    guard HTMLText.blocks.contains(node.name) else { return false }
    let words = ((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? ""))
      .split(whereSeparator: { !$0.isLetter })
    return words.contains { word in
      let lowered = word.lowercased()
      return furnitureWords.contains(lowered)
        || furniturePrefixes.contains { lowered.hasPrefix($0) }
    }
  }

  /// The element holding the article: every text-bearing block scores by its length and its
  /// commas (fewer for link text) and gives its score to its parent, half to its grandparent;
  /// the best-scoring element wins.
  static func mainContent(of document: MarkupNode) -> MarkupNode? {
    var scores: [ObjectIdentifier: (MarkupNode, Double)] = [:]
    func add(_ node: MarkupNode?, _ score: Double) {
      guard let node, node.name != "#document" else { return }
      let key = ObjectIdentifier(node)
      scores[key] = (node, (scores[key]?.1 ?? 0) + score)
    }
    document.forEachDescendant { node in
      if node.isText || HTMLText.silent.contains(node.name) || isFurniture(node) { return false }
      guard ["p", "td", "pre", "div", "section", "span", "font"].contains(node.name) else {
        return true
      }
      // Text directly in this element (not in nested blocks).
      var own = ""
      var linked = 0
      for child in node.children {
        if child.isText {
          own += child.text
        } else if !HTMLText.blocks.contains(child.name) && !HTMLText.silent.contains(child.name) {
          let text = child.textContent
          own += text
          if child.name == "a" { linked += text.count }
        }
      }
      let text = own.trimming()
      guard text.count >= 20 else { return true }
      let commas = text.filter { "，,、。；".contains($0) }.count
      let density = 1 - Double(linked) / Double(max(text.count, 1))
      let score = (1 + Double(commas) + min(Double(text.count) / 100, 3)) * density
      add(node.parent, score)
      add(node.parent?.parent, score / 2)
      if node.name != "p" { add(node, score) }
      return true
    }
    return scores.values.max { $0.1 < $1.1 }?.0
  }
}
