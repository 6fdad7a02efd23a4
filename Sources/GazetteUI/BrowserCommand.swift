/// One entry of a `$BROWSER` list: a program and its arguments, `%s` standing for the URL.
///
/// `$BROWSER` holds entries separated by `:`, tried in turn. An entry is split into words at
/// spaces (no shell is involved: quotes mean nothing); each `%s` in a word is replaced by the
/// URL and `%%` by `%`; an entry without `%s` gets the URL as its last argument. The URL is
/// always exactly one argument.
struct BrowserCommand: Hashable, Sendable {
  /// The program and its arguments, `%s` not yet replaced.
  var words: [String]

  /// The program: the first word.
  var program: String { words.first ?? "" }

  /// The entries of a `$BROWSER` list, in order; `xdg-open` when the list is empty or nil.
  static func list(_ value: String?) -> [BrowserCommand] {
    let entries = (value ?? "").split(separator: ":").compactMap { entry -> BrowserCommand? in
      let words = entry.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      return words.isEmpty ? nil : BrowserCommand(words: words)
    }
    return entries.isEmpty ? [BrowserCommand(words: ["xdg-open"])] : entries
  }

  /// The argument vector for `url`.
  func arguments(for url: String) -> [String] {
    var replaced = false
    var result: [String] = []
    for (index, word) in words.enumerated() {
      guard index > 0, word.contains("%") else {
        result.append(word)
        continue
      }
      var output = ""
      var characters = word.makeIterator()
      while let character = characters.next() {
        guard character == "%" else {
          output.append(character)
          continue
        }
        switch characters.next() {
        case "s"?:
          output += url
          replaced = true
        case "%"?: output.append("%")
        case let other?: output += "%" + String(other)
        case nil: output.append("%")
        }
      }
      result.append(output)
    }
    if !replaced { result.append(url) }
    return result
  }

  /// Whether the program is a terminal browser (by the name of its executable).
  func isTerminalBrowser(in settings: ActionSettings) -> Bool {
    let name = program.split(separator: "/").last.map(String.init) ?? program
    return settings.terminalBrowsers.contains(name)
  }
}
