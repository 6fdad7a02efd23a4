import CNcursesw
import GazetteText
import Glibc

/// What the backend sends to ncurses for one cell: a spacing character followed by the
/// non-spacing characters that fit in a `cchar_t`.
///
/// The grid's cell width is the layout's truth; the glyph is chosen so the terminal uses
/// exactly that many columns. Text the terminal could misread never gets through: a scalar
/// `TerminalSafety.isSafe` rejects (a control character, a line or paragraph separator) or
/// anything glibc's `wcwidth` does not know (-1) turns the whole cell into U+FFFD; format
/// characters (bidi controls, joiners, tags) are dropped. Measured with glibc `wcwidth`, as ncurses itself places characters.
struct CellGlyph: Hashable {
  /// The replacement character painted for text that must not reach the terminal.
  static let replacementCharacter: wchar_t = 0xFFFD

  /// The characters for `setcchar`, spacing character first, without the terminating zero.
  var characters: [wchar_t]
  /// Columns the terminal gives the glyph: 1 or 2.
  var width: Int
  /// Whether the next column must be blanked (the cell is 2 wide but the glyph only 1).
  var padsNextColumn: Bool

  /// Chooses the glyph for a cell's text and width.
  ///
  /// - Parameters:
  ///   - text: The cell's grapheme cluster (display-safe by contract, checked anyway).
  ///   - cellWidth: The width the layout gave the cell; values other than 2 mean 1.
  ///   - capacity: Characters a `cchar_t` holds (CCHARW_MAX); excess marks are dropped.
  init(text: String, cellWidth: Int, capacity: Int = Int(gz_ccharw_max())) {
    let wanted = cellWidth == 2 ? 2 : 1
    let utf8 = text.utf8
    if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
      self.init(characters: [wchar_t(byte)], glyphWidth: 1, cellWidth: wanted)
      return
    }
    var base: wchar_t?
    var baseWidth = 1
    var marks: [wchar_t] = []
    for scalar in text.unicodeScalars {
      if !TerminalSafety.isSafe(scalar) {
        // The bidi controls are format characters, left out like the others below; a
        // control or a separator spoils the whole cell.
        if scalar.properties.generalCategory == .format { continue }
        self.init(characters: [Self.replacementCharacter], glyphWidth: 1, cellWidth: wanted)
        return
      }
      let character = wchar_t(bitPattern: scalar.value)
      let scalarWidth = Int(gz_wcwidth(character))
      if scalarWidth < 0 {
        self.init(characters: [Self.replacementCharacter], glyphWidth: 1, cellWidth: wanted)
        return
      }
      if scalarWidth == 0 {
        if scalar.properties.generalCategory == .format { continue }
        if marks.count < max(0, capacity - 1) { marks.append(character) }
      } else if base == nil {
        base = character
        baseWidth = scalarWidth
      }
      // A second spacing character cannot share the cell; it is left out.
    }
    guard let base else {
      // Marks with nothing to sit on are shown on a space, never on the previous cell.
      self.init(characters: [0x20] + marks, glyphWidth: 1, cellWidth: wanted)
      return
    }
    if baseWidth > wanted {
      self.init(characters: [Self.replacementCharacter], glyphWidth: 1, cellWidth: wanted)
      return
    }
    self.init(characters: [base] + marks, glyphWidth: baseWidth, cellWidth: wanted)
  }

  private init(characters: [wchar_t], glyphWidth: Int, cellWidth: Int) {
    self.characters = characters
    self.width = glyphWidth
    self.padsNextColumn = cellWidth == 2 && glyphWidth == 1
  }
}
