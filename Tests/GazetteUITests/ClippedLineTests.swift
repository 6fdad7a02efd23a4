import GazetteText
import Testing

@testable import GazetteUI

@Suite struct ClippedLineTests {
  @Test func invisibleCharactersBeforeATitleDoNotHideIt() {
    let title = String(repeating: "\u{200B}", count: 300) + "Important: boil water notice"
    #expect(ClippedLine.make(title, columns: 40) == "Important: boil water notice")
    let narrow = ClippedLine.make(title, columns: 10)
    #expect(narrow.hasPrefix("Important: boil"))
    #expect(narrow.hasSuffix("…"))
    let longer = title + String(repeating: " and more", count: 100)
    let clipped = ClippedLine.make(longer, columns: 40)
    #expect(clipped.hasPrefix("Important: boil water notice and more"))
    #expect(clipped.hasSuffix("…"))
  }

  @Test func oneHugeCharacterIsCutAtTheByteBudget() {
    let huge = "a" + String(repeating: "\u{301}", count: 300_000) + " end"
    let clipped = ClippedLine.make(huge, columns: 40)
    #expect(clipped.unicodeScalars.first == "a")
    #expect(clipped.hasSuffix("…"))
    // Only the budget was looked at (a dotted circle may be added as the base of marks).
    #expect(clipped.utf8.count < ClippedLine.byteBudget + 16)
    let end = ClippedLine.makeEnd(huge, columns: 40)
    #expect(end.hasPrefix("…"))
    #expect(end.hasSuffix(" end"))
    #expect(end.utf8.count < ClippedLine.byteBudget + 16)
  }

  @Test func invisibleJunkLongerThanTheBudgetLeavesOnlyTheMark() {
    let junk = String(repeating: "\u{200B}", count: 100_000) + "hidden"
    #expect(ClippedLine.make(junk, columns: 40) == "…")
  }

  @Test func theEndKeepsWhatFillsTheRowAfterAnEllipsis() {
    let path = "/srv/" + String(repeating: "\u{200B}", count: 500) + "新聞/盤錦日報"
    #expect(ClippedLine.makeEnd(path, columns: 40) == "/srv/新聞/盤錦日報")
    let long = String(repeating: "folder/", count: 2_000) + "last\u{1B}"
    let end = ClippedLine.makeEnd(long, columns: 20)
    #expect(end.hasPrefix("…"))
    #expect(end.hasSuffix("folder/last␛"))
    #expect(TextLayout.width(end) < 200)
  }

  @Test func shortFieldsAreSanitisedWhole() {
    #expect(ClippedLine.make("short\u{1B}", columns: 40) == "short␛")
    #expect(ClippedLine.makeEnd("short\u{1B}", columns: 40) == "short␛")
    #expect(ClippedLine.make("", columns: 40) == "")
    #expect(ClippedLine.makeEnd("", columns: 40) == "")
  }
}
