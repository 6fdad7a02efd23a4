import Foundation
import GazetteTestSupport
import Testing

/// `gazette import` as users run it: the seed page, a folder, a feed over HTTP, a URL list.
@Suite struct ImportCommandTests {
  let fixtures = GazetteBinary.fixtures + "/import"
  /// The import library's own fixtures (pages and feeds), used here as they are rather than
  /// copied: the source tree's `Tests/GazetteImportTests/Fixtures`.
  static let libraryFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("GazetteImportTests/Fixtures").path

  /// A folder of what users have: the seed page, the hand-cleaned article (JSON, to be
  /// skipped), a saved HTML page and an RSS file.
  func mixedFolder(in scratch: TemporaryDirectory) throws -> String {
    let folder = scratch.path + "/pages"
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (from, name) in [
      (fixtures + "/panjin-seed.txt", "panjin-seed.txt"),
      (fixtures + "/panjin-expected.json", "panjin-expected.json"),
      (Self.libraryFixtures + "/html/open-graph.html", "open-graph.html"),
      (Self.libraryFixtures + "/feeds/rss2.xml", "rss2.xml"),
    ] {
      try manager.copyItem(atPath: from, toPath: folder + "/" + name)
    }
    return folder
  }

  /// The environment every run gets: state in a temporary directory, never the user's.
  func environment(_ state: TemporaryDirectory) -> [String: String] {
    [
      "XDG_STATE_HOME": state.path + "/state", "XDG_CONFIG_HOME": state.path + "/config",
      "XDG_CACHE_HOME": state.path + "/cache",
    ]
  }

  func jsonFiles(_ directory: String) -> [String] {
    (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test func theSeedBecomesTheHandCleanedArticleAndChecksClean() throws {
    let scratch = try TemporaryDirectory()
    let into = scratch.path + "/articles"
    let run = try CommandRun(
      ["import", fixtures + "/panjin-seed.txt", "--into", into], environment: environment(scratch))
    #expect(run.status == 0, "\(run.errorOutput)")
    #expect(run.lines.count == 4, "\(run.output)")
    #expect(
      run.lines[0].hasSuffix("imported 盤錦日報/2023/0505-明確目標-突出重點-壓實責任-形成合力-23cf7b7b.json"),
      "\(run.lines[0])")
    #expect(
      run.lines[1].hasPrefix("  removed 159 pinyin annotations: 現(xiàn) ×4, 態(tài) ×2"),
      "\(run.lines[1])")
    #expect(
      run.lines[2].hasPrefix(
        "  removed paragraph 8 as spam (keyword-list, no-sentence, other-script, repetition): 欧美系列"),
      "\(run.lines[2])")
    #expect(
      run.lines[3]
        == "1 imported, 0 unchanged, 0 updated, 0 skipped, 0 failed; removed 159 pinyin annotations and 1 spam paragraph"
    )

    let files = jsonFiles(into)
    #expect(files.count == 1)
    let written =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: into + "/" + files[0]))) as! [String: Any]
    let expected =
      try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: fixtures + "/panjin-expected.json")))
      as! [String: Any]
    for field in ["title", "source", "published", "language"] {
      #expect(written[field] as? String == expected[field] as? String, "\(field)")
    }
    #expect(written["views"] as? Int == 546)
    #expect(written["category"] as? [String] == expected["category"] as? [String])
    #expect(written["body"] as? [String] == expected["body"] as? [String])

    let check = try CommandRun(["check", "--data", into], environment: environment(scratch))
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output == "1 article from 1 file, 0 problems\n")

    // Importing again adds nothing.
    let again = try CommandRun(
      ["import", fixtures + "/panjin-seed.txt", "--into", into], environment: environment(scratch))
    #expect(
      again.lines.last
        == "0 imported, 1 unchanged, 0 updated, 0 skipped, 0 failed; removed 159 pinyin annotations and 1 spam paragraph"
    )
    #expect(jsonFiles(into).count == 1)
  }

  @Test func dryRunPrintsWhatWouldBeWrittenAndWritesNothing() throws {
    let scratch = try TemporaryDirectory()
    let into = scratch.path + "/articles"
    let run = try CommandRun(
      ["import", "--dry-run", "--keep-suspect", fixtures + "/panjin-seed.txt", "--into", into],
      environment: environment(scratch))
    #expect(run.status == 0, "\(run.errorOutput)")
    #expect(run.output.contains("would import 盤錦日報/2023/"), "\(run.output)")
    #expect(run.output.contains("  would remove 159 pinyin annotations"), "\(run.output)")
    #expect(run.output.contains("  kept (--keep-suspect) paragraph 8 as spam"), "\(run.output)")
    #expect(run.output.contains(#"      "title": "明確目標 突出重點 壓實責任 形成合力","#), "\(run.output)")
    #expect(run.lines.last?.hasPrefix("Dry run (nothing written): 1 imported") ?? false)
    #expect(!(FileManager.default.fileExists(atPath: into)))
  }

  @Test func aFolderAFeedOverHTTPAndAURLList() throws {
    let feed = try Data(contentsOf: URL(fileURLWithPath: Self.libraryFixtures + "/feeds/rss2.xml"))
    let server = try LocalHTTPServer { request in
      if request.headers["if-none-match"] == "\"feed-1\"" {
        return .full(status: 304, headers: [:], body: [])
      }
      return .ok([UInt8](feed), contentType: "application/rss+xml", headers: ["ETag": "\"feed-1\""])
    }
    defer { server.stop() }
    let scratch = try TemporaryDirectory()
    let into = scratch.path + "/articles"
    let list = scratch.path + "/feeds.txt"
    try "# city feeds\n\n\(server.url("/rss.xml"))  # Osaka\n".write(
      toFile: list, atomically: true, encoding: .utf8)
    let run = try CommandRun(
      ["import", try mixedFolder(in: scratch), "--from", list, "--into", into],
      environment: environment(scratch))
    #expect(run.status == 0, "\(run.errorOutput)")
    // The seed, the HTML page, the feed file's two items, and the feed's two items again over
    // HTTP (same links: unchanged); the expected JSON is skipped.
    #expect(
      run.output.contains(
        "panjin-expected.json: skipped: JSON (an article file?), not a page or a feed"),
      "\(run.output)")
    #expect(run.lines.filter { $0.hasPrefix("  skipped") }.count == 1, "\(run.output)")
    #expect(
      run.lines.contains {
        $0.hasPrefix("4 imported, 2 unchanged, 0 updated, 1 skipped, 0 failed")
      }, "\(run.output)")
    #expect(jsonFiles(into).count == 4)
    let validators = try String(
      contentsOfFile: scratch.path + "/state/gazette/http-validators.tsv", encoding: .utf8)
    #expect(validators == "\(server.url("/rss.xml"))\t\"feed-1\"\t\n")

    // An hour later: the feed has not changed, the server says so, nothing is read.
    let later = try CommandRun(
      ["import", "--from", list, "--into", into], environment: environment(scratch))
    #expect(later.lines.first == "\(server.url("/rss.xml")): not modified since the last import")
    #expect(server.requests.last?.headers["if-none-match"] == "\"feed-1\"")
    let check = try CommandRun(["check", "--data", into], environment: environment(scratch))
    #expect(check.output == "4 articles from 4 files, 0 problems\n")
  }

  @Test func errorsNameTheFileAndSetTheExitStatus() throws {
    let scratch = try TemporaryDirectory()
    let bad = scratch.path + "/bad.html"
    try Data(Array("<meta charset=\"big5\"><title>x</title><p>".utf8) + [0xFF, 0x30]).write(
      to: URL(fileURLWithPath: bad))
    let run = try CommandRun(
      ["import", bad, scratch.path + "/missing.txt", "--into", scratch.path + "/out"],
      environment: environment(scratch))
    #expect(run.status == 1)
    #expect(
      run.errorOutput
        == "gazette import: \(bad): not valid BIG5 (declared in the page) at byte offset 40\n"
        + "gazette import: \(scratch.path)/missing.txt: cannot read it: No such file or directory\n"
    )
    #expect(
      run.lines.last == "0 imported, 0 unchanged, 0 updated, 0 skipped, 2 failed; nothing removed")
    #expect(!(FileManager.default.fileExists(atPath: scratch.path + "/out")))

    let noTarget = try CommandRun(["import", bad], environment: environment(scratch))
    #expect(noTarget.status != 0)
    #expect(noTarget.errorOutput.contains("--into DIR"), "\(noTarget.errorOutput)")
  }
}
