import Foundation

/// What a document is, recognised from its first bytes, never from its name.
public enum ContentKind: String, Sendable, Equatable {
  /// An RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 feed.
  case feed
  /// An HTML page.
  case html
  /// Other XML (not a feed Gazette reads).
  case otherXML = "XML"
  /// JSON (an article file, most likely).
  case json = "JSON"
  /// Plain text (a scraped page, perhaps).
  case text
  /// Binary data.
  case binary

  /// The kind of `bytes`: looks at the first 2 KiB past a byte order mark and whitespace.
  public static func of(_ bytes: [UInt8]) -> ContentKind {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .text }
    let window = bytes[start..<min(bytes.count, start + 8192)]
    if window.contains(0) { return .binary }
    guard let first = window.firstIndex(where: { !isSpace($0) }) else { return .text }
    let head = Array(bytes[first..<min(bytes.count, first + 2048)]).map {
      $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0
    }
    let text = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
    if text.hasPrefix("{") || text.hasPrefix("[") { return .json }
    guard text.hasPrefix("<") else { return .text }
    if let root = rootElement(text) {
      switch root {
      case "rss", "feed", "rdf:rdf": return .feed
      case "html": return .html
      default: break
      }
    }
    if text.hasPrefix("<!doctype html") || text.contains("<html") || text.contains("<head")
      || text.contains("<body") || text.contains("<p>") || text.contains("<div")
    {
      return .html
    }
    return text.hasPrefix("<?xml") ? .otherXML : .text
  }

  /// The name of the first element after the prolog (XML declaration, comments, DOCTYPE),
  /// lower-cased, when it starts within the text.
  static func rootElement(_ text: String) -> String? {
    var rest = Substring(text)
    while true {
      rest = rest.drop(while: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
      guard rest.hasPrefix("<") else { return nil }
      if rest.hasPrefix("<!doctype"), let bracket = rest.firstIndex(of: "["),
        let close = rest.firstIndex(of: ">"), bracket < close
      {
        // An internal subset: skip to its `]>`.
        guard let end = rest.range(of: "]>") else { return nil }
        rest = rest[end.upperBound...]
        continue
      }
      if rest.hasPrefix("<?") || rest.hasPrefix("<!--") || rest.hasPrefix("<!") {
        let terminator = rest.hasPrefix("<!--") ? "-->" : ">"
        guard let end = rest.range(of: terminator) else { return nil }
        rest = rest[end.upperBound...]
        continue
      }
      let name = rest.dropFirst().prefix(while: { !" \n\r\t>/".contains($0) })
      return name.isEmpty ? nil : String(name)
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
