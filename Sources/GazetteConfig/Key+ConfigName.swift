import GazetteTerminal
import GazetteText

/// Key names as a config file writes them: `j`, `C-n`, `Down`, `PageDown`, `Enter`, `Space`, `F1`.
///
/// Every `Key` can be named, and every name read is a key the terminal backend can deliver.
/// Named keys are matched without regard to case (`pagedown` is `PageDown`), and the names the
/// help shows are accepted too (`Ctrl-N`, `Esc`, `PgDn`, `Shift-Tab`, `↑`), so a key can be
/// copied from the `?` overlay; a single character is the key that types it (`J` is Shift-j).
extension Key {
  /// The named keys with their canonical names, then the other spellings accepted for them.
  static let configNamedKeys: [(name: String, key: Key, aliases: [String])] = [
    ("Enter", .enter, ["Return", "RET"]),
    ("Escape", .escape, ["Esc"]),
    ("Tab", .tab, []),
    ("BackTab", .backTab, ["S-Tab", "Shift-Tab"]),
    ("Backspace", .backspace, ["BS"]),
    ("Delete", .delete, ["Del"]),
    ("Up", .up, ["↑"]),
    ("Down", .down, ["↓"]),
    ("Left", .left, ["←"]),
    ("Right", .right, ["→"]),
    ("PageUp", .pageUp, ["PgUp"]),
    ("PageDown", .pageDown, ["PgDn"]),
    ("Home", .home, []),
    ("End", .end, []),
    ("Space", .character(" "), ["SPC"]),
  ]

  /// Control letters the terminal sends as another key, with the name to write instead.
  static let controlAliases: [Character: String] = [
    "h": "Backspace", "i": "Tab", "j": "Enter", "m": "Enter",
  ]

  /// The names suggested for a misspelt key name.
  public static var configSuggestionNames: [String] {
    configNamedKeys.map(\.name) + (1...12).map { "F\($0)" }
  }

  /// Reads a key name; throws a `KeyNameError` that says what is wrong with it.
  public init(configName text: String) throws(KeyNameError) {
    if text.isEmpty { throw .empty }
    let lowered = text.lowercased()
    for entry in Self.configNamedKeys
    where entry.name.lowercased() == lowered
      || entry.aliases.contains(where: { $0.lowercased() == lowered })
    {
      self = entry.key
      return
    }
    if text.count == 1, let character = text.first {
      guard character.unicodeScalars.allSatisfy({ TerminalSafety.isSafe($0) }),
        !character.isWhitespace
      else { throw .unprintable(text) }
      self = .character(character)
      return
    }
    let number = lowered.dropFirst()
    if lowered.hasPrefix("f"), let value = Int(number), String(value) == number {
      guard (1...12).contains(value) else { throw .functionOutOfRange(text) }
      self = .function(value)
      return
    }
    if lowered.hasPrefix("c-") || lowered.hasPrefix("ctrl-"), let dash = text.firstIndex(of: "-") {
      let rest = text[text.index(after: dash)...]
      guard rest.count == 1, let letter = rest.lowercased().first, ("a"..."z").contains(letter)
      else { throw .controlNeedsLetter(text) }
      if let alias = Self.controlAliases[letter] { throw .controlIsAnotherKey(text, alias) }
      self = .control(letter)
      return
    }
    throw .unknown(
      text, suggestion: Suggestion.closest(to: text, among: Self.configSuggestionNames))
  }

  /// The canonical name, which `init(configName:)` reads back: `j`, `C-n`, `PageDown`, `F1`.
  public var configName: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "C-\(letter)"
    case .function(let number): return "F\(number)"
    default:
      return Self.configNamedKeys.first { $0.key == self }?.name ?? ""
    }
  }
}

/// Why a string is not a key name.
public enum KeyNameError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The string is empty.
  case empty
  /// A single character that cannot be shown or typed as a key (a control character, a blank).
  case unprintable(String)
  /// `F0`, `F13` and beyond.
  case functionOutOfRange(String)
  /// `C-` followed by something other than one letter.
  case controlNeedsLetter(String)
  /// `C-i`, `C-m`, `C-h`, `C-j`: the terminal sends these as another key.
  case controlIsAnotherKey(String, String)
  /// Nothing Gazette knows, with the closest key name when one is close.
  case unknown(String, suggestion: String?)

  /// The problem in plain words.
  public var description: String {
    switch self {
    case .empty:
      return "an empty key name"
    case .unprintable(let text):
      let code = text.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
      return "\(code.joined(separator: " ")) cannot be a key; write Space, Tab or Enter by name"
    case .functionOutOfRange(let text):
      return "\(text) is not a key: function keys go from F1 to F12"
    case .controlNeedsLetter(let text):
      return "\(TextLayout.sanitizeLine(text)) is not a key: C- takes one letter, as in C-n"
    case .controlIsAnotherKey(let text, let alias):
      return "\(text) reaches Gazette as \(alias); write \(alias)"
    case .unknown(let text, let suggestion):
      let base = "unknown key name \"\(TextLayout.sanitizeLine(text))\""
      return suggestion.map { base + "; did you mean \($0)?" }
        ?? base + " (a character, C-letter, F1-F12, or a name such as Down, PageDown, Enter, Space)"
    }
  }
}
