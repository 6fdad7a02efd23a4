/// Readable, stable file and folder names for imported articles:
/// `<source>/<year>/<MMDD>-<title>-<id prefix>.json`, `<source>/undated/<title>-<id prefix>.json`.
public enum FileNaming {
  /// How many hexadecimal digits of the id end a file name.
  public static let idDigits = 8

  /// The path of `article` relative to the target directory.
  public static func relativePath(of article: ImportedArticle) -> String {
    let folder = component(article.source ?? "", limit: 60, fallback: "unknown-source")
    var name = ""
    if let published = article.published, published.count >= 10 {
      let month = published.dropFirst(5).prefix(2)
      let day = published.dropFirst(8).prefix(2)
      name = "\(month)\(day)-"
    }
    name += component(article.title, limit: 64, fallback: "article")
    name += "-" + article.id.prefix(idDigits) + ".json"
    return "\(folder)/\(article.yearFolder)/\(name)"
  }

  /// `text` as one path component: whitespace and separators become `-`, characters a shell
  /// or another system would trip on are dropped, at most `limit` UTF-8 bytes, never starting
  /// with `.` or `-`.
  static func component(_ text: String, limit: Int, fallback: String) -> String {
    var result = ""
    var lastWasDash = false
    for character in text {
      let dropped: Set<Character> = [
        "\"", "'", "`", "*", "?", "<", ">", "|", ":", "\\", "$", "!", "#", "%", "&", "{", "}",
        "[", "]", "(", ")", ";", ",", "，", "。", "、", "：", "；", "！", "？", "「", "」", "《", "》",
        "“", "”", "‘", "’", "（", "）", "【", "】",
      ]
      if dropped.contains(character) { continue }
      // A character that starts with a combining mark would join the `/` or `-` before it.
      if let first = character.unicodeScalars.first,
        [.nonspacingMark, .spacingMark, .enclosingMark].contains(first.properties.generalCategory),
        result.isEmpty || lastWasDash
      {
        continue
      }
      let isSpace =
        character.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        || character == "/" || character == "／" || character == "-" || character == "_"
        || character == "·" || character == "・"
      if isSpace || character.unicodeScalars.contains(where: { !isAllowed($0) }) {
        if !lastWasDash && !result.isEmpty { result.append("-") }
        lastWasDash = true
        continue
      }
      if result.utf8.count + String(character).utf8.count > limit {
        // Cut at the last word break when there is one in the second half.
        if let dash = result.lastIndex(of: "-"), result[..<dash].utf8.count >= limit / 2 {
          result = String(result[..<dash])
        }
        break
      }
      result.append(character)
      lastWasDash = false
    }
    while result.last == "-" || result.last == "." { result.removeLast() }
    while result.first == "." || result.first == "-" { result.removeFirst() }
    return result.isEmpty ? fallback : result
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .enclosingMark:
      return false
    default:
      return true
    }
  }
}
