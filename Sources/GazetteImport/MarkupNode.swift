/// An element or a run of text of a parsed HTML or XML document, as plain Swift values, so the
/// extractors never touch libxml2's pointers.
public final class MarkupNode: @unchecked Sendable {
  /// The element's local name (lower-cased for HTML), or `#text` for text.
  public let name: String
  /// The element's namespace URI (XML only).
  public let namespace: String?
  /// The attributes by local name (lower-cased for HTML).
  public let attributes: [String: String]
  /// The text of a `#text` node.
  public let text: String
  /// The child nodes, in order.
  public internal(set) var children: [MarkupNode] = []
  /// The parent element (nil for the root).
  public internal(set) weak var parent: MarkupNode?

  init(
    name: String, namespace: String? = nil, attributes: [String: String] = [:], text: String = ""
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.text = text
  }

  /// Whether this is a text node.
  public var isText: Bool { name == "#text" }

  /// Every text below this node, concatenated in document order.
  public var textContent: String {
    var result = ""
    forEachDescendant { node in
      if node.isText { result += node.text }
      return true
    }
    return result
  }

  /// Calls `visit` on every node below this one in document order (not on itself).
  ///
  /// `visit` returns false to skip a node's children. Iterative, so depth cannot overflow the
  /// stack.
  public func forEachDescendant(_ visit: (MarkupNode) -> Bool) {
    var stack: [(MarkupNode, Int)] = [(self, 0)]
    while let (node, index) = stack.popLast() {
      guard index < node.children.count else { continue }
      stack.append((node, index + 1))
      let child = node.children[index]
      if visit(child) { stack.append((child, 0)) }
    }
  }

  /// The child elements named `name` (and in `namespace`, when given).
  public func elements(_ name: String, namespace: String? = nil) -> [MarkupNode] {
    children.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
  }

  /// The first child element named `name` (and in `namespace`, when given).
  public func element(_ name: String, namespace: String? = nil) -> MarkupNode? {
    children.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
  }

  /// Every element below this node named `name`.
  public func descendants(_ name: String) -> [MarkupNode] {
    var found: [MarkupNode] = []
    forEachDescendant { node in
      if node.name == name { found.append(node) }
      return true
    }
    return found
  }
}
