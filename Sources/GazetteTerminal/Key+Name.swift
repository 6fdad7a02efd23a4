extension Key {
  /// The key as help, documentation and a configuration file write it: `q`, `Space`, `Ctrl-L`,
  /// `Enter`, `Esc`, `↑`, `PgDn`, `F5`.
  public var name: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return String(character)
    case .control(let letter): return "Ctrl-" + letter.uppercased()
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .function(let number): return "F\(number)"
    }
  }

  /// The key a name stands for: any `name` this type gives (named keys case-insensitively),
  /// and the ASCII spellings `Up`, `Down`, `Left`, `Right`, `Escape`, `Return`, `PageUp`,
  /// `PageDown`, `BackTab`; `nil` for anything else.
  public init?(name: String) {
    let lowered = name.lowercased()
    if let key = Self.named[lowered] {
      self = key
    } else if name.count == 1, let character = name.first {
      guard !character.isWhitespace else { return nil }
      self = .character(character)
    } else if lowered.hasPrefix("ctrl-"), lowered.count == 6, let letter = lowered.last,
      ("a"..."z").contains(letter)
    {
      self = .control(letter)
    } else if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()),
      (1...12).contains(number)
    {
      self = .function(number)
    } else {
      return nil
    }
  }

  /// Named keys by their lower-cased names.
  private static let named: [String: Key] = [
    "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape,
    "escape": .escape, "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
    "backspace": .backspace, "delete": .delete, "↑": .up, "up": .up, "↓": .down, "down": .down,
    "←": .left, "left": .left, "→": .right, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
    "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
  ]
}
