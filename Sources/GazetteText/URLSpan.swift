/// A URL inside a paragraph, found so the line breaker can keep it whole.
///
/// A URL starts with `http://` or `https://` (any case) not preceded by a letter or digit, and
/// runs over printable ASCII up to a space, a non-ASCII character or one of `<>"`; trailing
/// sentence punctuation (`.,;:!?'`) is left out, and so is a closing `)` or `]` the URL does not
/// open. The line breaker keeps a URL that fits the width on one line, and breaks a longer one
/// only after `/`, `?`, `&`, `#` or `-` past its `scheme://`, so it can still be copied and
/// clicked in pieces that read as a URL.
struct URLSpan: Hashable, Sendable {
  /// Offset of the URL's first byte in the paragraph's UTF-8.
  var start: Int
  /// Offset after its last byte.
  var end: Int
  /// Offset after `scheme://`: no break is allowed before it.
  var firstBreak: Int

  /// Its width in columns (a URL is printable ASCII: one column a byte).
  var width: Int { end - start }

  /// Whether a break is allowed before the byte at `offset`, which is inside the URL, when
  /// the URL must be broken.
  func allowsBreak(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard offset > firstBreak, offset < end else { return false }
    switch bytes[offset - 1] {
    case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "#"),
      UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// Every URL of `bytes`, in order; empty (after one quick pass) for text without `://`.
  static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [URLSpan] {
    var spans: [URLSpan] = []
    let count = bytes.count
    var offset = 0
    // Looks for "://" and then back for the scheme: far fewer candidates than every 'h'.
    while offset + 3 <= count {
      guard bytes[offset] == UInt8(ascii: ":"), bytes[offset + 1] == UInt8(ascii: "/"),
        bytes[offset + 2] == UInt8(ascii: "/")
      else {
        offset += 1
        continue
      }
      let schemeEnd = offset
      let afterSlashes = offset + 3
      offset = afterSlashes
      guard let start = schemeStart(bytes, before: schemeEnd) else { continue }
      if let last = spans.last, start < last.end { continue }
      var end = afterSlashes
      while end < count, isURLByte(bytes[end]) { end += 1 }
      end = trimmedEnd(bytes, start: afterSlashes, end: end)
      guard end > afterSlashes else { continue }
      spans.append(URLSpan(start: start, end: end, firstBreak: afterSlashes))
      offset = end
    }
    return spans
  }

  /// Where `http` or `https` ends at `schemeEnd`, or nil when no such scheme does.
  private static func schemeStart(_ bytes: UnsafeBufferPointer<UInt8>, before schemeEnd: Int)
    -> Int?
  {
    for scheme in ["https", "http"] {
      let length = scheme.utf8.count
      let start = schemeEnd - length
      guard start >= 0 else { continue }
      var matches = true
      for (index, expected) in scheme.utf8.enumerated()
      where bytes[start + index] | 0x20 != expected {
        matches = false
        break
      }
      guard matches else { continue }
      if start > 0 && isAlphanumeric(bytes[start - 1]) { return nil }
      return start
    }
    return nil
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
  }

  private static func isURLByte(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
      && byte != UInt8(ascii: "\"")
  }

  /// `end` moved back over trailing punctuation and unopened closing brackets.
  private static func trimmedEnd(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
    var end = end
    while end > start {
      let last = bytes[end - 1]
      switch last {
      case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
        UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'"):
        end -= 1
      case UInt8(ascii: ")"), UInt8(ascii: "]"):
        let opening = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        var depth = 0
        for index in start..<end {
          if bytes[index] == opening { depth += 1 } else if bytes[index] == last { depth -= 1 }
        }
        guard depth < 0 else { return end }
        end -= 1
      default:
        return end
      }
    }
    return end
  }
}
