import Foundation
import GazetteTestSupport
import Testing

/// One grapheme cluster of 600 KB ("a" + 300,000 U+0301) as the title, source and part of the
/// body of every article: the loader's byte limit and the sanitiser's per-cell cap keep what
/// the commands write small, and `check` says what was cut.
@Suite struct HugeClusterTests {
  static let articleCount = 8

  /// A data directory of `articleCount` such articles, one per file.
  static func makeData() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let cluster = "a" + String(repeating: "\u{301}", count: 300_000)
    for number in 1...articleCount {
      let json =
        #"{"title": "\#(cluster)", "source": "\#(cluster)", "published": "2024-01-1\#(number)", "#
        + #""body": "Body \#(number) \#(cluster)"}"#
      try Data(json.utf8).write(
        to: URL(fileURLWithPath: directory.path + "/article-\(number).json"))
    }
    return directory
  }

  /// The longest line of `bytes`, in bytes.
  static func longestLine(_ bytes: [UInt8]) -> Int {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(\.count).max() ?? 0
  }

  @Test func everyCommandWritesLittle() throws {
    let data = try Self.makeData()
    let list = try CommandRun(["list", "--data", data.path])
    #expect(list.status == 0)
    #expect(list.lines.count == Self.articleCount)
    // Date, source and title: each field keeps "á" and 16 marks (33 bytes).
    #expect(Self.longestLine(list.outputBytes) < 200)
    #expect(list.outputBytes.count < 2_048)

    let sources = try CommandRun(["sources", "--data", data.path])
    #expect(sources.status == 0)
    #expect(sources.outputBytes.count < 1_024)

    // The body is not a field, but its paragraphs are sanitised with the same cap.
    let page = try CommandRun(["show", "--data", data.path, "article-1"])
    #expect(page.status == 0)
    #expect(Self.longestLine(page.outputBytes) < 200)
    #expect(page.outputBytes.count < 1_024)

    // JSON keeps the loaded fields unsanitised: at most 16 KiB each (title and source).
    let json = try CommandRun(["list", "--data", data.path, "--json"])
    #expect(json.status == 0)
    #expect(Self.longestLine(json.outputBytes) < 2 * 16_384 + 1_024)

    let check = try CommandRun(["check", "--data", data.path])
    let cuts = check.output.components(separatedBy: "is longer than 16,384 bytes; the rest is cut")
    #expect(cuts.count - 1 == 2 * Self.articleCount, "\(check.output.prefix(2_000))")
  }
}
