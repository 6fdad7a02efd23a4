import CLibXML2
import Glibc

/// Parses HTML and XML with libxml2 into `MarkupNode` trees, safely: no network access, no
/// DTD loading, no entity substitution (so no external entities), and documents that declare
/// entities at all are refused before parsing (so no billion laughs).
public enum MarkupParser {
  /// Why a document was refused or could not be parsed.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// The document declares entities in a DTD.
    case declaresEntities
    /// libxml2 could not make a document of it.
    case unparsable(String)

    /// Plain words.
    public var description: String {
      switch self {
      case .declaresEntities:
        return "refused: the document declares entities (<!ENTITY); Gazette never expands "
          + "them (external entities, billion laughs)"
      case .unparsable(let reason): return "cannot parse it: \(reason)"
      }
    }
  }

  /// Whether `bytes` declare an entity (`<!ENTITY`, any case) anywhere.
  public static func declaresEntities(_ bytes: [UInt8]) -> Bool {
    let pattern = Array("<!entity".utf8)
    guard bytes.count >= pattern.count else { return false }
    var index = 0
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == 0x3C {
        var matched = true
        for offset in 1..<pattern.count {
          let byte = bytes[index + offset]
          let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          if lowered != pattern[offset] {
            matched = false
            break
          }
        }
        if matched { return true }
      }
      index += 1
    }
    return false
  }

  /// The HTML document in `text`; element and attribute names lower-cased.
  public static func html(_ text: String) throws(Failure) -> MarkupNode {
    if declaresEntities(Array(text.utf8)) { throw .declaresEntities }
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    let document = text.withCString { pointer in
      htmlReadMemory(pointer, Int32(strlen(pointer)), nil, "UTF-8", options)
    }
    guard let document else { throw .unparsable("not HTML") }
    defer { xmlFreeDoc(document) }
    return convert(document, lowercase: true)
  }

  /// The XML document in `bytes` (UTF-8, whatever its declaration says).
  public static func xml(_ bytes: [UInt8]) throws(Failure) -> MarkupNode {
    if declaresEntities(bytes) { throw .declaresEntities }
    guard !bytes.isEmpty else { throw .unparsable("the document is empty") }
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        xmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
      }
    }
    guard let document else {
      let message = xmlGetLastError().map { String(cString: $0.pointee.message) } ?? "not XML"
      throw .unparsable(message.trimming())
    }
    defer { xmlFreeDoc(document) }
    return convert(document, lowercase: false)
  }

  /// Copies libxml2's tree into `MarkupNode`s, iteratively.
  private static func convert(_ document: xmlDocPtr, lowercase: Bool) -> MarkupNode {
    let root = MarkupNode(name: "#document")
    var stack: [(xmlNodePtr?, MarkupNode)] = [(document.pointee.children, root)]
    while let (first, parent) = stack.popLast() {
      var current = first
      while let node = current {
        current = node.pointee.next
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
          let element = MarkupNode(
            name: name(node.pointee.name, lowercase: lowercase),
            namespace: node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
            attributes: attributes(of: node, lowercase: lowercase))
          element.parent = parent
          parent.children.append(element)
          if node.pointee.children != nil { stack.append((node.pointee.children, element)) }
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
          guard let content = node.pointee.content else { continue }
          let text = MarkupNode(name: "#text", text: String(cString: content))
          text.parent = parent
          parent.children.append(text)
        default:
          continue
        }
      }
    }
    return root
  }

  private static func name(_ pointer: UnsafePointer<xmlChar>?, lowercase: Bool) -> String {
    guard let pointer else { return "" }
    let text = String(cString: pointer)
    return lowercase ? text.lowercased() : text
  }

  private static func attributes(of node: xmlNodePtr, lowercase: Bool) -> [String: String] {
    var result: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      attribute = current.pointee.next
      let key = name(current.pointee.name, lowercase: lowercase)
      guard
        let value = xmlNodeGetContent(
          UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
      else { continue }
      result[key] = String(cString: value)
      gz_xml_free(value)
    }
    return result
  }
}
