/// Stable article ids: the same page or feed item gets the same id on every import.
///
/// The id is 16 hexadecimal digits of a 64-bit FNV-1a hash: of the article's URL when it has
/// one (a fetched page, a feed item's link or guid), else of its source, title and date.
public enum StableID {
  /// The id of an article with `url`, or of `source` + `title` + `published` without one.
  public static func id(url: String?, source: String?, title: String, published: String?)
    -> String
  {
    if let url, !url.isEmpty { return hex(fnv1a("url\u{0}" + url)) }
    return hex(fnv1a("article\u{0}\(source ?? "")\u{0}\(title)\u{0}\(published ?? "")"))
  }

  /// The 64-bit FNV-1a hash of `text`'s UTF-8.
  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
