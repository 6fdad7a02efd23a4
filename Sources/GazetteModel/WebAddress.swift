/// An article's URL once it is known to be safe to hand to a browser or a terminal: `http` or
/// `https`, a host, no control, space or invisible formatting character, at most
/// `maximumLength` bytes.
///
/// Article files are untrusted: a `javascript:` or `file:` URL, or one carrying escape bytes or
/// bidi controls, is refused rather than repaired.
public struct WebAddress: Hashable, Sendable {
  /// The URL as the article gives it (it may hold non-ASCII characters).
  public let text: String

  /// URLs this long or longer are refused: the loader cuts a field at this many characters
  /// (`LoadLimits.standard.maxFieldCharacters`), and a cut URL would open the wrong page.
  public static let maximumLength = LoadLimits.standard.maxFieldCharacters

  /// Why a URL was refused.
  public enum Refusal: Error, Hashable, Sendable {
    /// The article has no URL.
    case missing
    /// The scheme is not `http` or `https` (the scheme is given, cut to a few characters).
    case unsupportedScheme(String)
    /// No host after `//`.
    case missingHost
    /// A control, space or invisible formatting character.
    case unsafeCharacter
    /// `maximumLength` characters or more (perhaps cut by the loader).
    case tooLong

    /// The refusal in plain words, for the status line.
    public var description: String {
      switch self {
      case .missing: return "this article has no URL"
      case .unsupportedScheme(let scheme):
        return "only http and https URLs are opened, not \(scheme):"
      case .missingHost: return "the URL names no host"
      case .unsafeCharacter: return "the URL holds control or invisible characters"
      case .tooLong:
        return "the URL is \(WebAddress.maximumLength) characters or longer (perhaps cut short)"
      }
    }
  }

  /// Checks `text`; throws why it is refused.
  public init(validating text: String?) throws(Refusal) {
    guard let text, !text.isEmpty else { throw .missing }
    // Counted in scalars, not graphemes: cheap, and never less than the loader's count.
    guard text.unicodeScalars.count < Self.maximumLength else { throw .tooLong }
    guard let colon = text.firstIndex(of: ":") else { throw .unsupportedScheme("none") }
    let scheme = text[..<colon].lowercased()
    guard scheme == "http" || scheme == "https" else {
      let shown = scheme.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
      throw .unsupportedScheme(shown ? String(scheme.prefix(16)) : "an odd")
    }
    for scalar in text.unicodeScalars where !Self.isAllowed(scalar) { throw .unsafeCharacter }
    let rest = text[text.index(after: colon)...]
    guard rest.hasPrefix("//") else { throw .missingHost }
    let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    guard !host.isEmpty, host != "@" else { throw .missingHost }
    self.text = text
  }

  /// The URL in ASCII: every byte outside printable ASCII percent-encoded (UTF-8), so a
  /// browser command and a terminal receive only the bytes 0x21 to 0x7E.
  public var ascii: String {
    var output = ""
    for byte in text.utf8 {
      if byte > 0x20 && byte < 0x7F {
        output.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return output
  }

  /// Whether `scalar` may appear in an accepted URL: not a control, space, separator or
  /// invisible formatting character (bidi controls, zero-width characters).
  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value <= 0x20 || (0x7F...0x9F).contains(value) { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .surrogate,
      .unassigned, .privateUse:
      return false
    default:
      return true
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
