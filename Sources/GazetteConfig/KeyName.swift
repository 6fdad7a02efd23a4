import GazetteText

/// A key as a config file names it: `j`, `C-n`, `Down`, `PageDown`, `Enter`, `Space`, `F1`.
///
/// The cases are the keys the terminal backend can tell apart, so every name a config file
/// accepts can be pressed. Named keys are matched without regard to case (`pagedown` is
/// `PageDown`); a single character is the key that types it (`J` is Shift-j).
public enum KeyName: Hashable, Sendable, CustomStringConvertible {
  /// A key that types one printable character.
  case character(Character)
  /// Control and a letter, given as the lowercase letter.
  case control(Character)
  /// Enter or Return.
  case enter
  /// Escape.
  case escape
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// Delete.
  case delete
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// A function key, F1 to F12.
  case function(Int)

  /// The named keys with their canonical names, then the other spellings accepted for them.
  static let namedKeys: [(name: String, key: KeyName, aliases: [String])] = [
    ("Enter", .enter, ["Return", "RET"]),
    ("Escape", .escape, ["Esc"]),
    ("Tab", .tab, []),
    ("BackTab", .backTab, ["S-Tab"]),
    ("Backspace", .backspace, ["BS"]),
    ("Delete", .delete, ["Del"]),
    ("Up", .up, []),
    ("Down", .down, []),
    ("Left", .left, []),
    ("Right", .right, []),
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

  /// Every name a config file may use for a key other than a plain character, for suggestions.
  public static var suggestionNames: [String] {
    namedKeys.map(\.name) + (1...12).map { "F\($0)" } + ["C-a"]
  }

  /// Reads a key name; throws a `KeyNameError` that says what is wrong with it.
  public init(parsing text: String) throws(KeyNameError) {
    if text.isEmpty { throw .empty }
    let lowered = text.lowercased()
    for entry in Self.namedKeys
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
    if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()),
      String(number) == lowered.dropFirst()
    {
      guard (1...12).contains(number) else { throw .functionOutOfRange(text) }
      self = .function(number)
      return
    }
    if lowered.hasPrefix("c-") || lowered.hasPrefix("ctrl-") {
      let rest = text[text.index(after: text.firstIndex(of: "-")!)...]
      guard rest.count == 1, let letter = rest.lowercased().first, letter.isASCII, letter.isLetter
      else { throw .controlNeedsLetter(text) }
      if let alias = Self.controlAliases[letter] { throw .controlIsAnotherKey(text, alias) }
      self = .control(letter)
      return
    }
    throw .unknown(text, suggestion: Suggestion.closest(to: text, among: Self.suggestionNames))
  }

  /// The canonical name, which `init(parsing:)` reads back: `j`, `C-n`, `PageDown`, `F1`.
  public var description: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "C-\(letter)"
    case .function(let number): return "F\(number)"
    default:
      return Self.namedKeys.first { $0.key == self }?.name ?? ""
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
