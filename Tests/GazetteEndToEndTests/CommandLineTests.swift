import Foundation
import GazetteTestSupport
import GazetteText
import Testing

/// The non-interactive commands, run as a user would: the real binary on a fixture directory.
@Suite struct CommandLineTests {
  let data = GazetteBinary.fixtures + "/cli"

  @Test func listIsNewestFirstWithUndatedLast() throws {
    let run = try CommandRun(["list", "--data", data])
    #expect(run.status == 0)
    let dates = run.lines.map { String($0.prefix(10)) }
    #expect(
      dates == [
        "2023-05-06", "2023-05-05", "2023-05-04", "2023-05-04", "2023-05-03", "2022-12-01",
        "          ",
      ])
    #expect(run.lines.last?.contains("Undated notice about waste collection") == true)
  }

  @Test func listAlignsTitlesByDisplayWidth() throws {
    let run = try CommandRun(["list", "--data", data])
    // Every title starts at the same display column, whatever the width of the source.
    let titles = [
      "关于5月6日", "明確目標", "港区立図書館", "Public hearing", "ｶﾞｽ管工事", "서울시", "Undated",
    ]
    var columns: [Int] = []
    for line in run.lines {
      let range = try #require(titles.lazy.compactMap { line.range(of: $0) }.first, "\(line)")
      columns.append(TextLayout.width(line[..<range.lowerBound]))
    }
    #expect(columns.count == 7)
    #expect(Set(columns).count == 1)
  }

  @Test func listPrintsWholeTitlesWhenPiped() throws {
    let run = try CommandRun(["list", "--data", data], environment: ["COLUMNS": "30"])
    #expect(run.output.contains("明確目標 突出重點 壓實責任 形成合力：爭創全域全國文明城市推進會議召開"))
    #expect(!run.output.contains("…"))
  }

  @Test func listTellsAboutProblemsOnStandardError() throws {
    let run = try CommandRun(["list", "--data", data])
    #expect(run.errorOutput.contains("2 problems"))
    #expect(run.errorOutput.contains("gazette check"))
    #expect(!run.output.contains("Broken"))
  }

  @Test func listFiltersBySourceSearchDatesAndLimit() throws {
    let bySource = try CommandRun(
      ["list", "--data", data, "--source", "東京都港区", "--source", "City Council"])
    #expect(bySource.lines.count == 4)
    let bySearch = try CommandRun(["list", "--data", data, "--search", "PUBLIC HEARING"])
    #expect(bySearch.lines.count == 1)
    let inBody = try CommandRun(["list", "--data", data, "--search", "迂回路"])
    #expect(inBody.lines.count == 1)
    #expect(inBody.output.contains("ｶﾞｽ管工事"))
    let byDate = try CommandRun(
      ["list", "--data", data, "--since", "2023-05-04", "--until", "2023/05/05"])
    #expect(byDate.lines.count == 3)
    let limited = try CommandRun(["list", "--data", data, "--limit", "2"])
    #expect(limited.lines.count == 2)
  }

  @Test func listSourceNamesMatchAsThePickerMatchesThem() throws {
    let exact = try CommandRun(["list", "--data", data, "--source", "City Council"])
    #expect(exact.status == 0)
    #expect(!exact.lines.isEmpty)
    let folded = try CommandRun(["list", "--data", data, "--source", "ｃｉｔｙ ＣＯＵＮＣＩＬ"])
    #expect(folded.output == exact.output, "case and width do not matter")
    let whole = try CommandRun(["list", "--data", data, "--source", "東京都港区"])
    let part = try CommandRun(["list", "--data", data, "--source", "港区"])
    #expect(!whole.lines.isEmpty)
    #expect(part.output == whole.output, "a part of one source's name names it")
    let none = try CommandRun(["list", "--data", data, "--source", "nosuch"])
    #expect(none.status == 0)
    #expect(none.lines.isEmpty)
  }

  @Test func listJSONHasTheDocumentedFields() throws {
    let run = try CommandRun(["list", "--data", data, "--json"])
    #expect(run.status == 0)
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    #expect(array.count == 7)
    let first = try #require(array.first)
    #expect(
      Set(first.keys) == [
        "id", "title", "source", "published", "url", "path", "read", "flagged", "new",
      ])
    #expect(first["id"] as? String == "shi/water")
    #expect(first["published"] as? String == "2023-05-06")
    #expect(first["url"] is NSNull)
    #expect((first["path"] as? String)?.hasSuffix("shi/water.json") == true)
    let hearing = try #require(array.first { $0["source"] as? String == "City Council" })
    #expect(hearing["published"] as? String == "2023-05-04T09:30:00+08:00")
    #expect(array.last?["published"] is NSNull)
    let ids = array.compactMap { $0["id"] as? String }
    #expect(ids.contains("tokyo/notices#1") && ids.contains("tokyo/notices#2"))
  }

  @Test func showWrapsWithinTheWidth() throws {
    for width in [4, 7, 20, 33, 80] {
      let run = try CommandRun(
        ["show", "panjin-2023-civilization", "--data", data, "--width", String(width)])
      #expect(run.status == 0)
      for line in run.lines {
        #expect(TextLayout.width(line) <= width, "\(width): \(line)")
        #expect(!line.hasPrefix("。") && !line.hasPrefix("，"), "\(width): \(line)")
      }
      let text = run.lines.joined()
      #expect(text.contains("546views") || text.contains("546 views"))
      #expect(text.replacingOccurrences(of: " ", with: "").contains("全市上下要振奮精神、攻堅克難，迅速行動、狠抓落實。"))
    }
  }

  @Test func showPrintsTitleMetadataBlankLineThenParagraphs() throws {
    let run = try CommandRun(["show", "shi/water", "--data", data, "--width", "80"])
    #expect(
      run.lines == [
        "关于5月6日部分区域临时停水的通知",
        "盘锦市人民政府 · 2023-05-06",
        "",
        "因供水管网维修，5月6日8时至18时兴隆台区部分区域将临时停水。",
        "",
        "请市民提前做好储水准备。给您带来的不便，敬请谅解。",
      ])
  }

  /// The metadata line is `ArticleMetadata.line`, as in the reader: views grouped by
  /// thousands, one view singular, empty breadcrumb levels left out.
  @Test func showGroupsViewsAndSaysOneView() throws {
    let directory = try TemporaryDirectory()
    let articles = [
      ("popular", #""views": 1234567, "category": ["市政", "", "通知"], "url": "https://x.gov/1""#),
      ("quiet", #""views": 1, "source": "Town Hall""#),
    ]
    for (name, fields) in articles {
      try Data(#"{"title": "\#(name)", "body": "x", \#(fields)}"#.utf8).write(
        to: URL(fileURLWithPath: directory.path + "/\(name).json"))
    }
    let popular = try CommandRun(["show", "popular", "--data", directory.path, "--width", "80"])
    #expect(popular.lines.prefix(2) == ["popular", "1,234,567 views · 市政 › 通知 · https://x.gov/1"])
    let quiet = try CommandRun(["show", "quiet", "--data", directory.path, "--width", "80"])
    #expect(quiet.lines.prefix(2) == ["quiet", "Town Hall · 1 view"])
  }

  @Test func showUnknownIdFails() throws {
    let run = try CommandRun(["show", "no/such/article", "--data", data])
    #expect(run.status == 1)
    #expect(run.errorOutput.contains("no article with id \"no/such/article\""))
    #expect(run.output.isEmpty)
  }

  @Test func showJSONIncludesTheBody() throws {
    let run = try CommandRun(["show", "seoul/transit", "--data", data, "--json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let body = try #require(object["body"] as? [String])
    #expect(body.count == 2)
    #expect(object["language"] as? String == "ko")
  }

  @Test func sourcesCountsArticles() throws {
    let run = try CommandRun(["sources", "--data", data])
    #expect(run.status == 0)
    let cityCouncil = try #require(run.lines.first { $0.hasPrefix("City Council") })
    #expect(cityCouncil.contains(" 2 ") && cityCouncil.hasSuffix("2023-05-04"))
    let json = try CommandRun(["sources", "--data", data, "--json"])
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
    #expect(array.count == 5)
  }

  @Test func checkExplainsEveryBadFile() throws {
    let run = try CommandRun(["check", "--data", data])
    #expect(run.status == 1)
    #expect(run.lines.contains { $0.hasPrefix("bad/syntax.json:4:") })
    #expect(run.lines.contains { $0.hasPrefix("bad/notitle.json") && $0.contains("title") })
    #expect(run.lines.last == "7 articles from 8 files, 2 problems")
  }

  @Test func checkPassesOnACleanDirectory() throws {
    let directory = try TemporaryDirectory()
    try #"{"title": "Fine", "body": "All good."}"#.write(
      toFile: directory.path + "/fine.json", atomically: true, encoding: .utf8)
    let run = try CommandRun(["check", "--data", directory.path])
    #expect(run.status == 0)
    #expect(run.output == "1 article from 1 file, 0 problems\n")
  }

  @Test func dataDirectoryComesFromTheEnvironmentOrDefaults() throws {
    let fromEnvironment = try CommandRun(["list"], environment: ["GAZETTE_DATA": data])
    #expect(fromEnvironment.lines.count == 7)
    let empty = try TemporaryDirectory()
    let missing = try CommandRun(["list"], directory: empty.path)
    #expect(missing.status != 0)
    #expect(missing.errorOutput.contains("--data"))
    #expect(missing.errorOutput.contains("GAZETTE_DATA"))
    let notThere = try CommandRun(["list", "--data", empty.path + "/nope"])
    #expect(notThere.status != 0)
    #expect(notThere.errorOutput.contains("does not exist"))
  }

  @Test func hostileTitlesNeverReachTheTerminalAsControls() throws {
    let directory = try TemporaryDirectory()
    let title = #"Evil \u001b]0;pwned\u0007 \u001b[2J \u009b31m \u202eevil\u202c end"#
    try #"{"title": "\#(title)", "source": "x\u001b[31m", "body": "a\u001bc b\u0085"}"#.write(
      toFile: directory.path + "/evil.json", atomically: true, encoding: .utf8)
    for arguments in [
      ["list"], ["show", "evil"], ["sources"], ["list", "--json"], ["show", "evil", "--json"],
    ] {
      let run = try CommandRun(arguments + ["--data", directory.path])
      #expect(run.status == 0)
      let dangerous = run.output.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value)
          || (0x202A...0x202E).contains($0.value)
      }
      #expect(dangerous.isEmpty, "\(arguments): \(dangerous.map { $0.value })")
    }
  }
}
