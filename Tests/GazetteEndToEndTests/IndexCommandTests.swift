import Foundation
import GazetteTestSupport
import Testing

/// End-to-end: the index under `$XDG_CACHE_HOME`, `gazette index`, and commands that read
/// through it seeing every change of the directory between runs.
@Suite(.serialized)
struct IndexCommandTests {
  /// A data directory and a private cache folder.
  struct Setup {
    let temporary: TemporaryDirectory
    var data: String { temporary.path + "/data" }
    var cache: String { temporary.path + "/cache" }

    func run(_ arguments: [String]) throws -> CommandRun {
      try CommandRun(arguments + ["--data", data], environment: ["XDG_CACHE_HOME": cache])
    }

    func write(_ path: String, _ contents: String) throws {
      let url = URL(fileURLWithPath: data + "/" + path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url)
    }
  }

  static func setup() throws -> Setup {
    let setup = Setup(temporary: try TemporaryDirectory())
    try FileManager.default.copyItem(atPath: GazetteBinary.fixtures + "/cli", toPath: setup.data)
    return setup
  }

  @Test func listBuildsTheIndexAndGivesWhatTheFilesSay() throws {
    let setup = try Self.setup()
    let withoutIndex = try CommandRun(
      ["list", "--json", "--data", setup.data], environment: ["GAZETTE_NO_INDEX": "1"])
    let before = try setup.run(["index"])
    #expect(before.output.contains("No index of"))
    let first = try setup.run(["list", "--json"])
    #expect(first.output == withoutIndex.output)
    #expect(first.errorOutput == withoutIndex.errorOutput)
    let status = try setup.run(["index"])
    #expect(status.status == 0)
    #expect(status.output.contains(setup.cache + "/gazette/index/data-"))
    #expect(status.output.contains("up to date with the directory"))
    // The second run reads the index: the same list.
    #expect(try setup.run(["list", "--json"]).output == withoutIndex.output)
    for text in ["盘锦", "盤錦", "the", "水"] {
      let scanned = try CommandRun(
        ["list", "--search", text, "--data", setup.data], environment: ["GAZETTE_NO_INDEX": "1"])
      #expect(try setup.run(["list", "--search", text]).output == scanned.output, "\(text)")
    }
  }

  @Test func changesBetweenRunsAreSeen() throws {
    let setup = try Self.setup()
    _ = try setup.run(["list"])
    try setup.write("added.json", #"{"title": "Newly added notice", "body": "新加的通知"}"#)
    try setup.write(
      "council/hearing.json",
      #"{"id": "council/hearing", "title": "Changed hearing title", "body": "改过的正文"}"#)
    let state = try setup.run(["index"])
    #expect(state.output.contains("behind the directory (files 1 added, 1 changed)"))
    let list = try setup.run(["list"])
    #expect(list.output.contains("Newly added notice"))
    #expect(list.output.contains("Changed hearing title"))
    #expect(try setup.run(["list", "--search", "改过"]).output.contains("Changed hearing title"))
    try FileManager.default.removeItem(atPath: setup.data + "/added.json")
    #expect(try !setup.run(["list"]).output.contains("Newly added notice"))
  }

  @Test func rebuildRemoveAndDamage() throws {
    let setup = try Self.setup()
    let rebuilt = try setup.run(["index", "--rebuild"])
    #expect(rebuilt.status == 0)
    #expect(rebuilt.output.contains("Rebuilt the index of"))
    let folder = try #require(
      try FileManager.default.contentsOfDirectory(atPath: setup.cache + "/gazette/index").first)
    let indexFolder = setup.cache + "/gazette/index/" + folder
    let file = try #require(
      try FileManager.default.contentsOfDirectory(atPath: indexFolder).first {
        $0.hasPrefix("index-") && $0.hasSuffix(".sqlite")
      })
    try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: indexFolder + "/" + file))

    let check = try setup.run(["check"])
    #expect(check.output.contains("warning: index: the index is damaged"))
    let list = try setup.run(["list"])
    #expect(list.status == 0)
    #expect(list.errorOutput.contains("the index is damaged"))
    #expect(list.errorOutput.contains("rebuilding it"))
    #expect(try !setup.run(["check"]).output.contains("warning: index:"))

    let removed = try setup.run(["index", "--remove"])
    #expect(removed.output.contains("Removed the index of"))
    #expect(!FileManager.default.fileExists(atPath: indexFolder))
  }

  @Test func theReaderSearchesThroughAnIndexThatFilesChangedBehind() throws {
    let setup = try Self.setup()
    #expect(try setup.run(["index", "--rebuild"]).status == 0)
    // Changed after the index was built: the reader brings the index up to date first.
    try setup.write(
      "late/notice.json",
      #"{"title": "Late notice", "body": "盤錦市氣象臺發布暴雨藍色預警信號"}"#)
    let session = try TmuxSession.gazette(
      ["--data", setup.data], width: 100, height: 30, environment: ["XDG_CACHE_HOME": setup.cache])
    try session.waitForText("Late notice")
    try session.sendKeys("/")
    // Simplified, three characters and more: candidates from the index, checked in the file.
    try session.run(["send-keys", "-l", "暴雨蓝色预警"])
    try session.sendKeys("Enter")
    try ReaderSessionTests.waitFor(session, row: 1, of: 1, reading: "Late notice")
    try session.sendKeys("/", "C-u")
    // Two characters: answered by the index alone (振興 in the body, written 振兴).
    try session.run(["send-keys", "-l", "振兴"])
    try session.sendKeys("Enter")
    try ReaderSessionTests.waitFor(session, row: 1, of: 1, reading: "明確目標")
    try ReaderSessionTests.quit(session)
  }

  @Test func anUnwritableCacheFallsBackToReadingTheFiles() throws {
    let setup = try Self.setup()
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: setup.cache))
    let list = try setup.run(["list", "--json"])
    let withoutIndex = try CommandRun(
      ["list", "--json", "--data", setup.data], environment: ["GAZETTE_NO_INDEX": "1"])
    #expect(list.status == 0)
    #expect(list.output == withoutIndex.output)
    #expect(list.errorOutput.contains("reading the directory without an index"))
    let status = try setup.run(["index"])
    #expect(status.output.contains("cannot be created (\(setup.cache) is not a folder)"))
  }
}
