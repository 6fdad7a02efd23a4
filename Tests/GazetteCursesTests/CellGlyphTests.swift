import GazetteText
import Glibc
import Testing

@testable import GazetteCurses

/// The glyph chosen for each cell, measured with glibc `wcwidth` in C.UTF-8.
struct CellGlyphTests {
  init() {
    _ = setlocale(LC_CTYPE, "C.UTF-8")
  }

  private func glyph(_ text: String, width: Int = 1) -> CellGlyph {
    CellGlyph(text: text, cellWidth: width, capacity: 5)
  }

  private func scalars(_ glyph: CellGlyph) -> [UInt32] {
    glyph.characters.map { UInt32(bitPattern: $0) }
  }

  @Test func asciiIsSentAsIs() {
    let ascii = glyph("a")
    #expect(scalars(ascii) == [0x61])
    #expect(ascii.width == 1)
    #expect(!ascii.padsNextColumn)
  }

  @Test func wideCharacterTakesTwoColumns() {
    for text in ["中", "한", "Ａ", "\u{3000}", "👍"] {
      let wide = glyph(text, width: 2)
      #expect(scalars(wide) == text.unicodeScalars.map(\.value), "\(text)")
      #expect(wide.width == 2)
      #expect(!wide.padsNextColumn)
    }
  }

  @Test func combiningMarksFollowTheirBase() {
    #expect(scalars(glyph("e\u{301}")) == [0x65, 0x301])
    #expect(scalars(glyph("\u{1112}\u{1161}\u{11AB}", width: 2)) == [0x1112, 0x1161, 0x11AB])
    #expect(scalars(glyph("❤\u{FE0F}")) == [0x2764, 0xFE0F])
  }

  @Test func marksBeyondTheCapacityAreDropped() {
    let text = "a" + String(repeating: "\u{301}", count: 9)
    #expect(scalars(glyph(text)) == [0x61, 0x301, 0x301, 0x301, 0x301])
  }

  @Test func marksWithoutBaseSitOnASpace() {
    #expect(scalars(glyph("\u{301}")) == [0x20, 0x301])
    #expect(scalars(glyph("")) == [0x20])
  }

  @Test func secondSpacingCharacterAndFormatCharactersAreLeftOut() {
    #expect(scalars(glyph("👍\u{1F3FD}", width: 2)) == [0x1F44D])
    #expect(scalars(glyph("\u{202E}x")) == [0x78])
    #expect(scalars(glyph("x\u{200B}\u{2066}")) == [0x78])
    #expect(scalars(glyph("👨\u{200D}👩", width: 2)) == [0x1F468])
  }

  @Test(arguments: [
    "\u{1B}", "\u{1B}[31m", "\n", "\t", "\u{7F}", "\u{9B}", "\u{85}", "\u{2028}", "\u{2029}",
    "x\u{7}", "\u{378}", "\u{10FFFF}",
  ])
  func controlsAndUnknownCharactersBecomeTheReplacementCharacter(text: String) {
    let unsafe = glyph(text)
    #expect(scalars(unsafe) == [0xFFFD])
    #expect(unsafe.width == 1)
  }

  /// Every scalar of the Basic Multilingual Plane and a sample above it, alone or after a
  /// base: what reaches ncurses is always safe by `TerminalSafety`'s one definition.
  @Test func noGlyphHoldsAScalarTerminalSafetyRejects() {
    let sample = Array(0..<0x1_0000) + Array(stride(from: 0x1_0000, through: 0x10_FFFF, by: 61))
    var unsafeGlyphs: [UInt32] = []
    for value in sample {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      for text in [String(scalar), "a" + String(scalar)] {
        let safe = glyph(text).characters.allSatisfy { character in
          Unicode.Scalar(UInt32(bitPattern: character)).map(TerminalSafety.isSafe) ?? false
        }
        if !safe { unsafeGlyphs.append(scalar.value) }
      }
    }
    #expect(unsafeGlyphs.isEmpty, "\(unsafeGlyphs.prefix(20))")
  }

  @Test func glyphNarrowerThanItsCellIsPadded() {
    let padded = glyph("a", width: 2)
    #expect(scalars(padded) == [0x61])
    #expect(padded.padsNextColumn)
    let unknown = glyph("\u{E0000}", width: 2)
    #expect(scalars(unknown) == [0xFFFD])
    #expect(unknown.padsNextColumn)
  }

  @Test func glyphWiderThanItsCellIsReplaced() {
    let squeezed = glyph("中", width: 1)
    #expect(scalars(squeezed) == [0xFFFD])
    #expect(squeezed.width == 1)
    #expect(!squeezed.padsNextColumn)
  }
}
