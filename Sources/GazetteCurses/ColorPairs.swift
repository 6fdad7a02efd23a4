import CNcursesw
import GazetteTerminal

/// Allocates ncurses colour pairs on demand, one per (foreground, background) combination.
///
/// With `use_default_colors` a missing colour is -1, the terminal's own default; without it
/// the defaults are approximated by white on black. When the terminal runs out of pairs, the
/// remaining combinations fall back to pair 0 (the default colours): text stays readable.
final class ColorPairs {
  private struct Combination: Hashable {
    var foreground: Int16
    var background: Int16
  }

  private let defaultColorsAvailable: Bool
  private let capacity: Int
  private var pairs: [Combination: Int16] = [:]

  /// Creates the allocator; `defaultColorsAvailable` is what `use_default_colors` reported.
  init(defaultColorsAvailable: Bool, capacity: Int) {
    self.defaultColorsAvailable = defaultColorsAvailable
    self.capacity = max(0, min(capacity, Int(Int16.max)))
  }

  /// The pair number for the style's colours, allocating it the first time.
  func pair(foreground: PaletteColor?, background: PaletteColor?) -> Int16 {
    if foreground == nil && background == nil { return 0 }
    let combination = Combination(
      foreground: color(foreground, default: Int16(COLOR_WHITE)),
      background: color(background, default: Int16(COLOR_BLACK)))
    if let known = pairs[combination] { return known }
    let number = pairs.count + 1
    guard number < capacity else { return 0 }
    let pair = Int16(number)
    guard init_pair(pair, combination.foreground, combination.background) != ERR else { return 0 }
    pairs[combination] = pair
    return pair
  }

  private func color(_ color: PaletteColor?, default fallback: Int16) -> Int16 {
    if let color { return Int16(color.rawValue) }
    return defaultColorsAvailable ? -1 : fallback
  }
}
