/// The JSON text of an imported article file: fields in a fixed order, two-space indentation,
/// one paragraph per line, characters other than `"`, `\` and controls written as themselves.
public enum ArticleFileJSON {
  /// The field that marks a file `gazette import` wrote (and may therefore rewrite).
  public static let markerField = "imported_by"
  /// Its value.
  public static let markerValue = "gazette import"

  /// The file's bytes for `article`.
  public static func bytes(of article: ImportedArticle) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(article.body.reduce(512) { $0 + $1.utf8.count + 16 })
    var first = true
    func key(_ name: String) {
      out += Array((first ? "{\n  \"" : ",\n  \"").utf8)
      out += Array(name.utf8)
      out += Array("\": ".utf8)
      first = false
    }
    func string(_ name: String, _ value: String?) {
      guard let value else { return }
      key(name)
      append(value, to: &out)
    }
    func strings(_ name: String, _ values: [String], always: Bool) {
      guard always || !values.isEmpty else { return }
      key(name)
      if values.isEmpty {
        out += Array("[]".utf8)
        return
      }
      out += Array("[".utf8)
      for (index, value) in values.enumerated() {
        out += Array((index == 0 ? "\n    " : ",\n    ").utf8)
        append(value, to: &out)
      }
      out += Array("\n  ]".utf8)
    }
    string("id", article.id)
    string("title", article.title)
    string("source", article.source)
    string("published", article.published)
    string("url", article.url)
    strings("category", article.category, always: false)
    if let views = article.views {
      key("views")
      out += Array(String(views).utf8)
    }
    string("language", article.language)
    strings("body", article.body, always: true)
    string(markerField, markerValue)
    out += Array("\n}\n".utf8)
    return out
  }

  /// Appends `value` as a JSON string.
  static func append(_ value: String, to out: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    out.append(UInt8(ascii: "\""))
    for byte in value.utf8 {
      switch byte {
      case 0x22: out += [0x5C, 0x22]
      case 0x5C: out += [0x5C, 0x5C]
      case 0x0A: out += [0x5C, UInt8(ascii: "n")]
      case 0x0D: out += [0x5C, UInt8(ascii: "r")]
      case 0x09: out += [0x5C, UInt8(ascii: "t")]
      case 0x00..<0x20, 0x7F:
        out += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
        out += [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
