import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds: each item becomes a page (title, link,
/// date, body from `content:encoded`, `content` or `description`, HTML turned into paragraphs).
public enum FeedReader {
  /// A feed's items and what it says about itself.
  public struct Feed: Sendable {
    /// The feed's title (the default source of its items).
    public var title: String?
    /// The feed's language (`<language>`, `xml:lang`).
    public var language: String?
    /// The items, at most the limit.
    public var items: [ExtractedPage]
    /// How many items the feed held in all.
    public var itemCount: Int
    /// Items that could not become pages, with why (`item 3: no title`).
    public var problems: [String]
  }

  /// Why a document is not a feed Gazette reads.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// libxml2 refused or could not parse it.
    case markup(MarkupParser.Failure)
    /// XML, but not RSS or Atom.
    case notAFeed(String)

    /// Plain words.
    public var description: String {
      switch self {
      case .markup(let failure): return failure.description
      case .notAFeed(let root): return "XML, but not an RSS or Atom feed (the root is <\(root)>)"
      }
    }
  }

  static let atom = "http://www.w3.org/2005/Atom"
  static let rss1 = "http://purl.org/rss/1.0/"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let contentModule = "http://purl.org/rss/1.0/modules/content/"
  static let dublinCore = "http://purl.org/dc/elements/1.1/"

  /// The feed in `text` (decoded already).
  ///
  /// Relative links resolve against `base`. Only the first `maxItems` items are read.
  public static func read(_ text: String, base: String? = nil, maxItems: Int) throws(Failure)
    -> Feed
  {
    let document: MarkupNode
    do { document = try MarkupParser.xml(Array(text.utf8)) } catch { throw .markup(error) }
    guard let root = document.children.first(where: { !$0.isText }) else {
      throw .notAFeed("nothing")
    }
    let channel: MarkupNode
    let items: [MarkupNode]
    let isAtom: Bool
    switch (root.name, root.namespace) {
    case ("rss", _):
      guard let found = root.element("channel") else { throw .notAFeed("rss without channel") }
      channel = found
      items = found.elements("item")
      isAtom = false
    case ("RDF", rdf):
      channel = root.element("channel") ?? root
      items = root.elements("item")
      isAtom = false
    case ("feed", atom):
      channel = root
      items = root.elements("entry", namespace: atom)
      isAtom = true
    default:
      throw .notAFeed(root.name)
    }
    let title = channel.element("title").map { collapsed(Self.text(of: $0, atom: isAtom)) }?
      .trimming()
    let language =
      (channel.element("language")?.textContent ?? root.attributes["lang"]
      ?? channel.element("language", namespace: dublinCore)?.textContent)?.trimming()
    var pages: [ExtractedPage] = []
    var problems: [String] = []
    for (index, item) in items.prefix(maxItems).enumerated() {
      let page = isAtom ? atomEntry(item, base: base) : rssItem(item, base: base)
      guard let page else {
        problems.append("item \(index + 1): no title and no text")
        continue
      }
      pages.append(page)
    }
    return Feed(
      title: title.flatMap { $0.isEmpty ? nil : $0 },
      language: language.flatMap { $0.isEmpty ? nil : $0 }, items: pages,
      itemCount: items.count, problems: problems)
  }

  private static func rssItem(_ item: MarkupNode, base: String?) -> ExtractedPage? {
    let body =
      item.element("encoded", namespace: contentModule)?.textContent
      ?? item.element("description")?.textContent ?? ""
    let link = (item.element("link")?.textContent.trimming()).flatMap { $0.isEmpty ? nil : $0 }
    let guid = item.element("guid").flatMap { guid -> String? in
      let value = guid.textContent.trimming()
      return guid.attributes["isPermaLink"] == "false" || value.isEmpty ? nil : value
    }
    let date =
      item.element("pubDate").map { InternetDate.iso($0.textContent) ?? $0.textContent }
      ?? item.element("date", namespace: dublinCore)?.textContent
    return page(
      title: item.element("title")?.textContent, body: body, isHTML: true,
      url: resolved(link ?? guid, base: base), date: date,
      source: item.element("source")?.textContent)
  }

  private static func atomEntry(_ entry: MarkupNode, base: String?) -> ExtractedPage? {
    let links = entry.elements("link", namespace: atom)
    let link =
      (links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first)?
      .attributes["href"]
    let bodyNode =
      entry.element("content", namespace: atom) ?? entry.element("summary", namespace: atom)
    let type = bodyNode?.attributes["type"] ?? "text"
    let body = bodyNode.map { text(of: $0, atom: true) } ?? ""
    let date =
      entry.element("published", namespace: atom)?.textContent
      ?? entry.element("updated", namespace: atom)?.textContent
    let id = entry.element("id", namespace: atom)?.textContent.trimming()
    return page(
      title: entry.element("title", namespace: atom).map { text(of: $0, atom: true) },
      body: body, isHTML: type != "text", url: resolved(link, base: base) ?? id, date: date,
      source: entry.element("source", namespace: atom)?.element("title", namespace: atom)?
        .textContent)
  }

  /// The text of an Atom text construct (text, html, xhtml) or of an RSS element.
  private static func text(of node: MarkupNode, atom: Bool) -> String {
    guard atom else { return node.textContent }
    switch node.attributes["type"] {
    case "html":
      return HTMLText.paragraphs(of: fragment(node.textContent)).joined(separator: "\n\n")
    case "xhtml": return HTMLText.paragraphs(of: node).joined(separator: "\n\n")
    default: return node.textContent
    }
  }

  private static func page(
    title: String?, body: String, isHTML: Bool, url: String?, date: String?, source: String?
  ) -> ExtractedPage? {
    let paragraphs: [String]
    if isHTML && body.contains("<") {
      paragraphs = HTMLText.paragraphs(of: fragment(body))
    } else {
      paragraphs = TextPageExtractor.paragraphs(
        TextPageExtractor.normalizedLines(body).map { collapsed($0) })
    }
    let heading = title.map { collapsed(HTMLText.line(of: fragment($0))) } ?? ""
    let resolvedTitle = heading.isEmpty ? paragraphs.first.map { String($0.prefix(80)) } : heading
    guard let resolvedTitle, !resolvedTitle.isEmpty else { return nil }
    return ExtractedPage(
      title: resolvedTitle,
      source: source.map { collapsed($0).trimming() }.flatMap { $0.isEmpty ? nil : $0 },
      published: date?.trimming(), url: url, paragraphs: paragraphs)
  }

  /// HTML text parsed as a fragment; plain text comes back as one text node.
  private static func fragment(_ html: String) -> MarkupNode {
    guard html.contains("<") || html.contains("&") else {
      let root = MarkupNode(name: "#document")
      let text = MarkupNode(name: "#text", text: html)
      text.parent = root
      root.children = [text]
      return root
    }
    return (try? MarkupParser.html("<html><body>" + html + "</body></html>"))
      ?? MarkupNode(name: "#document")
  }

  private static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  private static func resolved(_ link: String?, base: String?) -> String? {
    guard let link = link?.trimming(), !link.isEmpty else { return nil }
    guard let base, let baseURL = URL(string: base), URL(string: link)?.scheme == nil,
      let absolute = URL(string: link, relativeTo: baseURL)?.absoluteString
    else { return link }
    return absolute
  }
}
