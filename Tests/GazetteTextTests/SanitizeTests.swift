import Testing

@testable import GazetteText

/// `TextLayout.sanitize`: nothing an article contains may act on the terminal.
@Suite struct SanitizeTests {
  /// Hex of the scalars of `text`, for readable failure messages.
  static func scalars(_ text: String) -> [String] {
    text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }
  }

  @Test func everyC0ControlBecomesItsControlPicture() {
    for value in UInt32(0)..<0x20 where value != 0x09 && value != 0x0A && value != 0x0D {
      let control = String(Unicode.Scalar(UInt8(value)))
      let picture = String(Unicode.Scalar(0x2400 + value)!)
      #expect(TextLayout.sanitize("a\(control)b") == "a\(picture)b", "U+\(value)")
    }
    #expect(TextLayout.sanitize("a\u{7F}b") == "a\u{2421}b")
  }

  @Test func everyC1ControlBecomesTheReplacementCharacter() {
    for value in UInt32(0x80)..<0xA0 {
      let control = String(Unicode.Scalar(value)!)
      #expect(TextLayout.sanitize("a\(control)b") == "a\u{FFFD}b", "U+\(value)")
    }
  }

  @Test(arguments: [
    ("\u{1B}[31mred\u{1B}[0m", "␛[31mred␛[0m"),  // CSI SGR
    ("\u{1B}[2J\u{1B}[H", "␛[2J␛[H"),  // clear screen, home
    ("\u{1B}]0;owned\u{7}", "␛]0;owned␇"),  // OSC 0: window title
    ("\u{1B}]2;owned\u{1B}\\", "␛]2;owned␛\\"),  // OSC 2 ended by ST
    (
      "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\",
      "␛]8;;https://evil.example␛\\click␛]8;;␛\\"
    ),
    ("\u{1B}]52;c;cm0gLXJmIC8=\u{7}", "␛]52;c;cm0gLXJmIC8=␇"),  // OSC 52: clipboard
    ("\u{1B}P+q544e\u{1B}\\", "␛P+q544e␛\\"),  // DCS
    ("\u{9B}31m", "\u{FFFD}31m"),  // 8-bit CSI
    ("\u{9D}0;x\u{9C}", "\u{FFFD}0;x\u{FFFD}"),  // 8-bit OSC and ST
    ("\u{1B}c", "␛c"),  // reset
  ])
  func escapeSequencesAreShownNotObeyed(_ text: String, _ expected: String) {
    #expect(TextLayout.sanitize(text) == expected)
    #expect(TextLayout.sanitizeLine(text) == expected)
  }

  @Test(
    arguments: [
      0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
      0x061C,
    ] as [UInt32])
  func bidiControlsAreShownNotObeyed(_ value: UInt32) {
    let control = String(Unicode.Scalar(value)!)
    #expect(TextLayout.sanitize("abc\(control)def") == "abc\u{FFFD}def")
  }

  @Test(arguments: [
    ("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\r\r\nb", "a\n\nb"), ("\r", "\n"),
    ("a\n\rb", "a\n\nb"),
    ("a\u{2028}b\u{2029}c", "a\nb\nc"), ("a\tb\nc", "a\tb\nc"),
  ])
  func lineEndsBecomeNewlines(_ text: String, _ expected: String) {
    #expect(TextLayout.sanitize(text) == expected)
  }

  @Test func sanitizeLineTurnsLayoutIntoSpaces() {
    #expect(TextLayout.sanitizeLine("a\nb\tc\r\nd\re\u{2028}f") == "a b c d e f")
    #expect(TextLayout.sanitizeLine("\n\u{301}") == " \u{25CC}\u{301}")
  }

  @Test(
    arguments: [
      0x200B, 0xFEFF, 0x00AD, 0x2060, 0x2061, 0x2064, 0x206A, 0x206F, 0xFFF9, 0xFFFB, 0x180E,
      0xE0001, 0x200C, 0x1BCA0, 0x1D173, 0x13430,
    ] as [UInt32])
  func invisibleFormatCharactersAreDropped(_ value: UInt32) {
    let format = String(Unicode.Scalar(value)!)
    #expect(TextLayout.sanitize("ab\(format)cd") == "abcd")
  }

  @Test(arguments: [
    ("\u{378}", "\u{FFFD}"),  // unassigned
    ("\u{1FAE8}", "\u{3013}"),  // Unicode 15 emoji, wide: unknown to glibc 2.36
    ("\u{31350}", "\u{3013}"),  // CJK Extension H
    ("\u{323B0}", "\u{3013}"),  // unassigned in a wide block
    ("\u{11F00}", "\u{FFFD}"),  // Unicode 15 Kawi sign, narrow
    ("\u{E000}\u{F0000}", "\u{E000}\u{F0000}"),  // private use: printable to glibc, kept
    ("\u{FFFD}", "\u{FFFD}"),
  ])
  func scalarsGlibcRejectsAreReplaced(_ text: String, _ expected: String) {
    #expect(TextLayout.sanitize(text) == expected)
  }

  @Test func noncharactersAreReplaced() {
    let values: [UInt32] = [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF]
    let text = String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    #expect(TextLayout.sanitize(text) == String(repeating: "\u{FFFD}", count: values.count))
  }

  @Test(arguments: [
    ("\u{301}a", "\u{25CC}\u{301}a"), ("a\n\u{301}", "a\n\u{25CC}\u{301}"),
    ("\t\u{301}\u{302}", "\t\u{25CC}\u{301}\u{302}"), ("\u{1B}\u{301}", "␛\u{25CC}\u{301}"),
    ("\u{202E}\u{301}", "\u{FFFD}\u{25CC}\u{301}"), ("e\u{301}", "e\u{301}"),
    ("\u{200B}\u{301}", "\u{25CC}\u{301}"), ("\u{1161}", "\u{115F}\u{1161}"),
    ("\u{11AB}", "\u{115F}\u{1160}\u{11AB}"), ("각\u{1161}", "각\u{115F}\u{1161}"),
    ("가\u{11AB}", "가\u{11AB}"), ("\u{1112}\u{1161}\u{11AB}", "\u{1112}\u{1161}\u{11AB}"),
    ("a\u{1161}", "a\u{115F}\u{1161}"), ("\u{E0067}", "\u{25CC}\u{E0067}"),
  ])
  func marksWithoutABaseGetOne(_ text: String, _ expected: String) {
    #expect(Self.scalars(TextLayout.sanitize(text)) == Self.scalars(expected))
  }

  @Test(arguments: [
    ("❤️", "❤"), ("⌚️", "⌚️"), ("👨‍👩‍👧‍👦", "👨👩👧👦"), ("🏳️‍🌈", "🏳🌈"), ("1️⃣", "1⃣"),
    ("👍🏽", "👍🏽"), ("🙆🏽‍♂️", "🙆🏽♂"), ("❤️‍🔥", "❤🔥"), ("🇯🇵", "🇯🇵"), ("🇺", "🇺"),
    ("क्\u{200D}ष", "क्\u{200D}ष"), ("a\u{200D}\u{200D}\u{200D}b", "a\u{200D}b"), ("\u{200D}x", "x"),
    ("\u{FE0F}", ""),
    (
      "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
      "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
    ),
  ])
  func emojiSequencesBecomeWhatThePolicyCounts(_ text: String, _ expected: String) {
    #expect(Self.scalars(TextLayout.sanitize(text)) == Self.scalars(expected))
  }

  @Test func textThatIsAlreadySafeComesBackUnchanged() {
    for text in ["", "plain ASCII text.", "中文。「引用」", "한국어 🇰🇷 👍🏽 e\u{301}", "\tindent\n"] {
      #expect(TextLayout.sanitize(text) == text)
    }
  }

  @Test func pathologicalInputWorks() {
    let marks = "a" + String(repeating: "\u{301}", count: 10_000)
    let capped = "a" + String(repeating: "\u{301}", count: TextLayout.maxZeroWidthScalarsPerCell)
    #expect(TextLayout.sanitize(marks) == capped)
    #expect(TextLayout.width(marks) == 1)
    #expect(TextLayout.wrap(marks, width: 5).count == 1)
    #expect(TextLayout.sanitize(String(repeating: "\u{200D}", count: 10_000)) == "")
    #expect(TextLayout.sanitize("a" + String(repeating: "\u{200D}", count: 10_000)) == "a\u{200D}")
    let indicators = String(repeating: "🇺", count: 1001)
    #expect(TextLayout.sanitize(indicators) == indicators)
    #expect(TextLayout.width(indicators) == 1001)
    #expect(TextLayout.wrap(indicators, width: 10).allSatisfy { $0.width <= 10 })
  }

  /// One base with 300,000 marks (600 KB) is what a hostile title can hold: the terminal shows
  /// at most a few of them, so sanitising keeps `maxZeroWidthScalarsPerCell` and the reader
  /// never carries the rest around.
  @Test func zeroWidthScalarsArePerCellCapped() {
    let cap = TextLayout.maxZeroWidthScalarsPerCell
    #expect(cap == 16)
    let huge = "a" + String(repeating: "\u{301}", count: 300_000)
    let line = TextLayout.sanitizeLine(huge)
    #expect(line.unicodeScalars.count == 1 + cap)
    #expect(line.utf8.count == 1 + 2 * cap)
    #expect(TextLayout.sanitize(huge + "b" + huge) == line + "b" + line)
    // Each spacing scalar starts a new count: 👍🏽 is two cells, each with its own marks.
    let perCell =
      "👍" + String(repeating: "\u{301}", count: 20) + "\u{1F3FD}"
      + String(repeating: "\u{302}", count: 20)
    let marks301 = String(repeating: "\u{301}", count: cap)
    let marks302 = String(repeating: "\u{302}", count: cap)
    #expect(
      Self.scalars(TextLayout.sanitize(perCell))
        == Self.scalars("👍" + marks301 + "\u{1F3FD}" + marks302))
    // A base the sanitiser inserts starts a cell too; the Hangul fillers' U+1160 counts.
    #expect(TextLayout.sanitize(String(repeating: "\u{301}", count: 40)) == "\u{25CC}" + marks301)
    #expect(
      TextLayout.sanitize("\u{11AB}" + String(repeating: "\u{11AB}", count: 40)).unicodeScalars
        .count == 1 + cap)
    // A joiner is kept only with room for what it joins, so sanitising stays idempotent.
    let nearlyFull = "a" + String(repeating: "\u{301}", count: cap - 1) + "\u{200D}\u{301}👍"
    let once = TextLayout.sanitize(nearlyFull)
    #expect(once == "a" + marks301 + "👍")
    #expect(TextLayout.sanitize(once) == once)
    let roomForTwo = "a" + String(repeating: "\u{301}", count: cap - 2) + "\u{200D}\u{301}b"
    #expect(TextLayout.sanitize(roomForTwo) == roomForTwo)
  }

  /// A variation selector the sanitiser drops does not hide the emoji after a joiner: the
  /// joiner is judged by what will follow it, so a second pass changes nothing.
  @Test func aJoinerIsJudgedByWhatFollowsItAfterSanitising() {
    for text in ["a\u{200D}\u{FE0F}👍", "a\u{301}\u{200D}\u{FE0F}\u{200B}👍"] {
      let once = TextLayout.sanitize(text)
      #expect(!once.unicodeScalars.contains("\u{200D}"), "\(Self.scalars(once))")
      #expect(TextLayout.sanitize(once) == once)
    }
    #expect(TextLayout.sanitize("中\u{200D}\u{FE0F}👍") == "中\u{200D}\u{FE0F}👍")
  }

  @Test func afterSanitisingEveryClusterTakesACellAndNoControlRemains() {
    var random = RandomText(seed: 3)
    for _ in 0..<400 {
      var text = random.paragraph(tokens: 20)
      // Raw scalars of every kind, including lone surrogate-adjacent and unassigned ones.
      for _ in 0..<5 {
        if let scalar = Unicode.Scalar(UInt32(random.next(0x110000))) {
          text.unicodeScalars.append(scalar)
        }
        text.unicodeScalars.append(Unicode.Scalar(UInt8(random.next(0xA0))))
      }
      let sanitized = TextLayout.sanitize(text)
      for character in sanitized where character != "\n" && character != "\t" {
        #expect(
          WidthPolicy.terminal.width(of: character) >= 1, "\(Self.scalars(String(character)))")
      }
      for scalar in sanitized.unicodeScalars {
        let value = scalar.value
        let allowed = value == 0x0A || value == 0x09
        #expect(allowed || !(value < 0x20 || (0x7F..<0xA0).contains(value)))
        #expect(PropertyTable.shared.properties(of: value).isPrintable || allowed)
        #expect(!(0x202A...0x202E).contains(value) && !(0x2066...0x2069).contains(value))
      }
      #expect(TextLayout.sanitize(sanitized) == sanitized, "sanitising twice changes nothing")
      let line = TextLayout.sanitizeLine(text)
      #expect(!line.contains("\n") && !line.contains("\t"))
    }
  }

  /// Every scalar of the Basic Multilingual Plane and a sample above it, at the start of a
  /// cluster and after a base: nothing `TerminalSafety` rejects survives sanitising, except
  /// newline and tab, which `sanitize` keeps for layout.
  @Test func nothingTerminalSafetyRejectsSurvives() {
    let values = Array(0..<0x1_0000) + Array(stride(from: 0x1_0000, through: 0x10_FFFF, by: 13))
    var text = ""
    var unsafe: Set<UInt32> = []
    for (number, value) in values.enumerated() {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      text.unicodeScalars.append(contentsOf: [" ", scalar, "a", scalar])
      if text.utf8.count < 1 << 16 && number < values.count - 1 { continue }
      for scalar in TextLayout.sanitizeLine(text).unicodeScalars
      where !TerminalSafety.isSafe(scalar) {
        unsafe.insert(scalar.value)
      }
      for scalar in TextLayout.sanitize(text).unicodeScalars
      where !TerminalSafety.isSafe(scalar) && scalar != "\n" && scalar != "\t" {
        unsafe.insert(scalar.value)
      }
      text = ""
    }
    #expect(unsafe.isEmpty, "\(unsafe.sorted().prefix(20))")
  }
}
