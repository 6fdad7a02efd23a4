import Foundation
import GazetteTestSupport
import Testing

/// The rough edges a new user meets first: ids, specific errors, partial dates, paths.
@Suite struct CommandLineErrorTests {
  let data = GazetteBinary.fixtures + "/cli"

  @Test func listWithIdsGivesWhatShowTakes() throws {
    let run = try CommandRun(["list", "--data", data, "--ids"])
    #expect(run.status == 0)
    #expect(run.lines.count == 7)
    let first = try #require(run.lines.first)
    #expect(first.hasPrefix("shi/water    "))
    let id = String(first.prefix { $0 != " " })
    let shown = try CommandRun(["show", id, "--data", data])
    #expect(shown.status == 0)
    #expect(shown.lines.first == "关于5月6日部分区域临时停水的通知")
    // Dates still line up after ids of different lengths.
    let dateColumns = run.lines.dropLast().map { line in
      line.count - line.drop { $0 != " " }.drop { $0 == " " }.count
    }
    #expect(Set(dateColumns) == ["panjin-2023-civilization  ".count])  // the last is undated
    let unknown = try CommandRun(["show", "nope", "--data", data])
    #expect(unknown.errorOutput.contains("`gazette list --ids` shows the ids"))
  }

  @Test func errorsSayWhatIsWrongWithoutTheUsageSummary() throws {
    let cases: [([String], String)] = [
      (
        ["list", "--data", data, "--limit", "-1"],
        "gazette: --limit -1: the number of articles must be 0 or more.\n"
      ),
      (
        ["show", "x", "--data", data, "--width", "0"],
        "gazette: --width 0: the width must be at least 1 column.\n"
      ),
      (
        ["list", "--data", "/nonexistent/bad"],
        "gazette: /nonexistent/bad (from --data) does not exist.\n"
      ),
      (["lst"], "gazette: unknown command \"lst\"; did you mean \"list\"?\n"),
      (["sorces"], "gazette: unknown command \"sorces\"; did you mean \"sources\"?\n"),
      (
        ["frobnicate"],
        "gazette: unknown command \"frobnicate\". Commands: read, list, show, sources, check, index, mark, state, config, import.\n"
      ),
    ]
    for (arguments, expected) in cases {
      let run = try CommandRun(arguments)
      #expect(run.status == 64, "\(arguments)")
      #expect(run.errorOutput == expected, "\(arguments)")
      #expect(!run.errorOutput.contains("Usage"), "\(arguments)")
    }
    let date = try CommandRun(["list", "--data", data, "--since", "2023-13"])
    #expect(date.status == 64)
    #expect(date.errorOutput.hasPrefix("gazette: --since 2023-13: not a date."))
    #expect(!date.errorOutput.contains("Usage"))
  }

  @Test func theProblemsHintNamesTheDirectoryToCheck() throws {
    let run = try CommandRun(["list", "--data", data])
    #expect(run.errorOutput.contains("run `gazette check --data \(data)` to see them"))
    let directory = try TemporaryDirectory()
    let spaced = directory.path + "/my notices"
    try FileManager.default.createDirectory(atPath: spaced, withIntermediateDirectories: true)
    try Data("{".utf8).write(to: URL(fileURLWithPath: spaced + "/a.json"))
    let quoted = try CommandRun(["list", "--data", spaced])
    #expect(quoted.errorOutput.contains("run `gazette check --data '\(spaced)'` to see it"))
  }

  @Test func checkAndListJSONPrintTheSamePaths() throws {
    let check = try CommandRun(["check", "--data", data])
    #expect(check.lines.contains { $0.hasPrefix(data + "/bad/syntax.json:4:3: ") })
    let json = try CommandRun(["list", "--data", data, "--json"])
    #expect(json.output.contains("\"path\":\"\(data)/shi/water.json\""))
    // From inside the data directory, both print paths relative to it.
    let inside = try CommandRun(["check", "--data", "."], directory: data)
    #expect(inside.lines.contains { $0.hasPrefix("bad/syntax.json:4:3: ") })
    let insideJSON = try CommandRun(["list", "--data", ".", "--json"], directory: data)
    #expect(insideJSON.output.contains("\"path\":\"shi/water.json\""))
  }

  @Test func sinceAndUntilTakeAMonthOrAYear() throws {
    func dates(_ arguments: [String]) throws -> [String] {
      let run = try CommandRun(["list", "--data", data] + arguments)
      #expect(run.status == 0, "\(arguments): \(run.errorOutput)")
      return run.lines.map { String($0.prefix(10)) }
    }
    // The fixture's dates: 2023-05-03 … 2023-05-06, 2022-12-01 and one undated.
    #expect(try dates(["--since", "2023-05"]).count == 5)
    #expect(try dates(["--until", "2023-04"]) == ["2022-12-01"])
    #expect(try dates(["--since", "2022", "--until", "2022"]) == ["2022-12-01"])
    #expect(try dates(["--until", "2022-12"]) == ["2022-12-01"])
    #expect(try dates(["--since", "2023/5", "--until", "2023年5月"]).count == 5)
    #expect(try dates(["--since", "2023-06"]).isEmpty)
    #expect(try dates(["--until", "2023"]).count == 6)
  }

  @Test func sourceFiltersSayWhatTheyMatched() throws {
    let partial = try CommandRun(["list", "--data", data, "--source", "東京"])
    #expect(partial.lines.count == 2)
    #expect(partial.errorOutput.contains("gazette: --source 東京 means 東京都港区.\n"))
    let exact = try CommandRun(["list", "--data", data, "--source", "City Council"])
    #expect(exact.lines.count == 2)
    #expect(!exact.errorOutput.contains("--source"))
    let none = try CommandRun(["list", "--data", data, "--source", "Citty Councel"])
    #expect(none.lines.isEmpty)
    #expect(
      none.errorOutput.contains(
        "gazette: no source is called Citty Councel; the closest: City Council, "))
    let several = try CommandRun(["list", "--data", data, "--source", "盘锦市人民政府", "--source", "日"])
    #expect(several.errorOutput.contains("--source 日 means 盤錦日報."))
  }

  @Test func anAmbiguousSourceNameListsTheCandidates() throws {
    let directory = try TemporaryDirectory()
    for (index, source) in ["Osaka City", "Osaka Prefecture"].enumerated() {
      try Data(#"{"title": "t\#(index)", "body": "b", "source": "\#(source)"}"#.utf8)
        .write(to: URL(fileURLWithPath: directory.path + "/\(index).json"))
    }
    let run = try CommandRun(["list", "--data", directory.path, "--source", "osaka"])
    #expect(run.lines.isEmpty)
    #expect(
      run.errorOutput
        == "gazette: --source osaka matches 2 sources (Osaka City, Osaka Prefecture); give more "
        + "of the name. Nothing is listed for it.\n")
  }
}
