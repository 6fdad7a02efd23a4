/// Paragraphs of HTML content: block elements and `<br>` end a paragraph, whitespace runs
/// collapse to one space as a browser shows them, and scripts, styles and forms say nothing.
public enum HTMLText {
  /// Elements that end a paragraph before and after them.
  static let blocks: Set<String> = [
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
    "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption",
    "header", "footer", "nav", "aside", "center", "address", "hr", "br", "tbody", "thead",
  ]
  /// Elements whose text is never article text.
  static let silent: Set<String> = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "button", "select", "textarea", "input", "form", "head", "title", "canvas", "audio",
    "video", "map",
  ]

  /// The paragraphs below `node`, each whitespace-collapsed and trimmed, empty ones dropped.
  public static func paragraphs(
    of node: MarkupNode, skipping skip: (MarkupNode) -> Bool = { _ in false }
  ) -> [String] {
    var paragraphs: [String] = []
    var current = ""
    var pendingSpace = false
    func finish() {
      let text = current.trimming()
      if !text.isEmpty { paragraphs.append(text) }
      current = ""
      pendingSpace = false
    }
    // An explicit stack of (node, entered): blocks end a paragraph on the way in and out.
    var stack: [(MarkupNode, Bool)] = node.children.reversed().map { ($0, false) }
    while let (current_, entered) = stack.popLast() {
      let item = current_
      if item.isText {
        for scalar in item.text.unicodeScalars {
          if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
            || scalar == "\u{C}"
            || scalar == "\u{A0}"
          {
            pendingSpace = true
          } else {
            if pendingSpace && !current.isEmpty { current.unicodeScalars.append(" ") }
            pendingSpace = false
            current.unicodeScalars.append(scalar)
          }
        }
        continue
      }
      if entered {
        if blocks.contains(item.name) { finish() }
        continue
      }
      if silent.contains(item.name) || skip(item) { continue }
      if blocks.contains(item.name) { finish() }
      stack.append((item, true))
      for child in item.children.reversed() { stack.append((child, false)) }
    }
    finish()
    return paragraphs
  }

  /// The text of `node` on one line, whitespace-collapsed and trimmed.
  public static func line(of node: MarkupNode) -> String {
    paragraphs(of: node).joined(separator: " ")
  }
}
