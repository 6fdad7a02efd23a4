/// A colour a config file names: the terminal's default, or an entry of its 256-colour palette.
public enum ConfigColor: Hashable, Sendable, CustomStringConvertible {
  /// The terminal's own foreground or background (`default`).
  case terminalDefault
  /// Palette entry 0–255; 0–7 are the basic colours, 8–15 their bright forms.
  case palette(Int)

  /// The names of palette entries 0–15.
  public static let names = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue",
    "bright-magenta", "bright-cyan", "bright-white",
  ]

  /// Reads `default`, a colour name (`blue`, `bright-red`, also `bright_red` and `grey`), or
  /// the number of a palette entry as a string; nil when it is none of these.
  public init?(name: String) {
    let lowered = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
    if lowered == "default" {
      self = .terminalDefault
    } else if let index = Self.names.firstIndex(of: lowered) {
      self = .palette(index)
    } else if lowered == "grey" || lowered == "gray" {
      self = .palette(8)
    } else if let number = Int(lowered), (0...255).contains(number) {
      self = .palette(number)
    } else {
      return nil
    }
  }

  /// The name a config file would use: `default`, `blue`, or the palette number.
  public var description: String {
    switch self {
    case .terminalDefault: return "default"
    case .palette(let index): return index < Self.names.count ? Self.names[index] : "\(index)"
    }
  }
}
