import Foundation
import Testing

@testable import GazetteModel

/// Simplified ⇄ Traditional folding in search (`ChineseVariants` inside `SearchFolding`).
@Suite struct ChineseVariantFoldingTests {
  @Test(arguments: [
    ("盘锦", "盤錦市人民政府"), ("盤錦", "盘锦日报"), ("发", "發布"), ("发", "頭髮"), ("發", "发"),
    ("髮", "发型"), ("干", "乾燥"), ("干", "幹部"), ("后", "以後"), ("里", "裡面"), ("里", "公里"),
    ("台", "臺北"), ("台风", "颱風"), ("钟", "鐘聲"), ("钟", "鍾情"), ("预警", "預警"),
    ("气象台", "氣象臺"), ("𰻝", "𰻞"),
  ])
  func simplifiedAndTraditionalMatch(_ pattern: String, _ candidate: String) {
    #expect(SearchPattern(pattern).matches(candidate), "\(pattern) in \(candidate)")
    #expect(
      SearchPattern(pattern).matches(folded: SearchPattern.foldedForSearch(candidate)),
      "\(pattern) in folded \(candidate)")
  }

  @Test(arguments: [("盘锦", "盘山"), ("發", "登"), ("台", "抬"), ("文", "紋")])
  func unrelatedCharactersDoNotMatch(_ pattern: String, _ candidate: String) {
    #expect(!SearchPattern(pattern).matches(candidate), "\(pattern) in \(candidate)")
  }

  /// 发 has two Traditional variants: all three are one class with one key.
  @Test func oneToManyFoldsToOneKey() {
    let keys = Set(["发", "發", "髮"].map(SearchPattern.foldedForSearch))
    #expect(keys.count == 1)
    let dry = Set(["干", "乾", "幹"].map(SearchPattern.foldedForSearch))
    #expect(dry.count == 1)
  }

  @Test func highlightsCoverTheCharactersOfEitherScript() {
    let text = "盤錦市與盘锦港"
    let ranges = SearchPattern("盘锦").ranges(in: text)
    #expect(ranges.map { String(text[$0]) } == ["盤錦", "盘锦"])
  }

  /// The fast path (UTF-8 straight through the table) and the character-by-character path
  /// (taken when text has combining marks) fold ideographs alike.
  @Test func fastAndCharacterPathsAgree() {
    let text = "發展盤錦e\u{301}臺"
    var slow: [UInt8] = []
    for character in text { SearchFolding.foldCharacter(character, into: &slow) }
    #expect(SearchFolding.fold(text) == slow)
    #expect(SearchFolding.fold("發展盤錦臺") == SearchFolding.fold("发展盘锦台"))
    // The key is the class's smallest code point, whichever script that is.
    #expect(SearchFolding.fold("锦") == Array("錦".utf8))
  }

  /// The source picker and `list --source` match names with the same folding.
  @Test func sourceNamesMatchInEitherScript() {
    let matcher = SourceMatcher(sources: [
      SourceSummary(name: "盘锦日报", count: 3, newest: nil),
      SourceSummary(name: "臺北市政府", count: 2, newest: nil),
    ])
    #expect(matcher.candidates(for: "盤錦").map(\.name) == ["盘锦日报"])
    #expect(matcher.resolve("台北市政府").map(\.name) == ["臺北市政府"])
  }

  @Test func compatibilityIdeographsFoldThroughTheirUnifiedForm() {
    // U+F9B1 is NFC-equivalent to U+9234 (鈴), whose Simplified variant is 铃.
    #expect(SearchPattern("铃").matches("\u{F9B1}"))
  }

  @Test func generatedTableIsWhole() {
    let lines = ChineseVariantData.classes.split(separator: "\n")
    #expect(lines.count == ChineseVariantData.classCount)
    #expect(lines.reduce(0) { $0 + $1.unicodeScalars.count } == ChineseVariantData.characterCount)
    for line in lines {
      let members = line.unicodeScalars.map(\.value)
      #expect(members.first == members.min(), "key of \(line) is its smallest member")
    }
  }

  /// Every kSimplifiedVariant and kTraditionalVariant pair of Unihan folds alike (read from
  /// Debian's `unicode-data`, which CI installs; skipped where it is missing).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: unihanPath)))
  func everyUnihanPairFoldsAlike() throws {
    let text = try #require(try Self.decompressed(Self.unihanPath))
    var pairs = 0
    var oneToMany = 0
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      guard fields.count == 3,
        fields[1] == "kSimplifiedVariant" || fields[1] == "kTraditionalVariant"
      else { continue }
      let source = try #require(Self.character(fields[0]))
      let variants = fields[2].split(separator: " ").compactMap(Self.character)
      if variants.count > 1 { oneToMany += 1 }
      for variant in variants {
        pairs += 1
        #expect(
          SearchPattern.foldedForSearch(source) == SearchPattern.foldedForSearch(variant),
          "\(source) (\(fields[0])) and \(variant)")
        #expect(SearchPattern(source).matches(variant))
      }
    }
    #expect(pairs > 10_000)
    #expect(oneToMany > 100)
  }

  static let unihanPath = "/usr/share/unicode/Unihan_Variants.txt.bz2"

  private static func character(_ field: Substring) -> String? {
    let hex = field.split(separator: "<")[0].dropFirst(2)
    return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
  }

  private static func decompressed(_ path: String) throws -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bzcat")
    process.arguments = [path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
  }
}
