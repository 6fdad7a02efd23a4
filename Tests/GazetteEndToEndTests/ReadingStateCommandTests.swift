import Foundation
import GazetteState
import GazetteTestSupport
import Testing

/// `mark`, `list --unread/--flagged/--new`, `state export/import`, run as a user would.
@Suite struct ReadingStateCommandTests {
  /// A copy of the command-line fixture and a state directory of its own.
  private final class Setup {
    let temporary: TemporaryDirectory
    let data: String
    let environment: [String: String]

    init() throws {
      temporary = try TemporaryDirectory()
      data = temporary.path + "/data"
      try FileManager.default.copyItem(atPath: GazetteBinary.fixtures + "/cli", toPath: data)
      environment = ["XDG_STATE_HOME": temporary.path + "/state"]
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> CommandRun
    {
      try CommandRun(arguments + ["--data", data], environment: environment.merging(extra) { $1 })
    }

    func ids(_ arguments: [String]) throws -> [String] {
      let run = try self.run(["list", "--json"] + arguments)
      #expect(run.status == 0, "\(run.errorOutput)")
      let array = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
      return (array ?? []).compactMap { $0["id"] as? String }
    }
  }

  private let allIDs = [
    "shi/water", "panjin-2023-civilization", "council/hearing", "tokyo/notices#1",
    "tokyo/notices#2", "seoul/transit", "misc/undated",
  ]

  @Test func markedArticlesListAsReadAndFlagged() throws {
    let setup = try Setup()
    let read = try setup.run(["mark", "read", "shi/water", "tokyo/notices#2"])
    #expect(read.status == 0)
    #expect(read.output == "Marked 2 articles read.\n")
    #expect(try setup.run(["mark", "flag", "seoul/transit"]).status == 0)
    #expect(
      try setup.ids(["--unread"])
        == allIDs.filter { !["shi/water", "tokyo/notices#2"].contains($0) })
    #expect(try setup.ids(["--flagged"]) == ["seoul/transit"])
    #expect(try setup.ids(["--flagged", "--unread"]) == ["seoul/transit"])
    #expect(try setup.ids(["--unread", "--source", "東京都港区"]) == ["tokyo/notices#1"])
    let table = try setup.run(["list", "--unread", "--limit", "2"])
    #expect(table.lines.count == 2)
    #expect(table.lines.first?.contains("明確目標") == true)
    #expect(try setup.run(["mark", "unread", "shi/water"]).status == 0)
    #expect(try setup.run(["mark", "unflag", "seoul/transit"]).status == 0)
    #expect(try setup.ids(["--unread"]).count == 6)
    #expect(try setup.ids(["--flagged"]).isEmpty)
  }

  @Test func listJSONCarriesReadFlaggedAndNew() throws {
    let setup = try Setup()
    #expect(try setup.run(["mark", "read", "council/hearing"]).status == 0)
    let run = try setup.run(["list", "--json"])
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
    let hearing = try #require(array.first { $0["id"] as? String == "council/hearing" })
    #expect(hearing["read"] as? Bool == true)
    #expect(hearing["flagged"] as? Bool == false)
    #expect(hearing["new"] as? Bool == false)
    #expect(array.allSatisfy { $0["read"] is Bool && $0["flagged"] is Bool && $0["new"] is Bool })
  }

  @Test func listJSONOfNothingIsAnEmptyArray() throws {
    let setup = try Setup()
    let run = try setup.run(["list", "--json", "--flagged"])
    #expect(run.status == 0)
    #expect(run.output == "[]\n")
  }

  @Test func newIsWhatNoReaderRunHasSeenYet() throws {
    let setup = try Setup()
    // Before any reader run nothing is new.
    #expect(try setup.ids(["--new"]).isEmpty)
    // A reader run that saw all but two articles (as the reader records it when it starts).
    let run = ReadingStateStore(
      dataDirectory: setup.data, environment: setup.environment, beginningRun: true)
    run.recordSeen(allIDs.filter { $0 != "seoul/transit" && $0 != "misc/undated" })
    try run.close()
    #expect(try setup.ids(["--new"]) == ["seoul/transit", "misc/undated"])
    #expect(try setup.run(["mark", "read", "misc/undated"]).status == 0)
    #expect(try setup.ids(["--new"]) == ["seoul/transit"])
    // `list` is not a run: asking again changes nothing.
    #expect(try setup.ids(["--new"]) == ["seoul/transit"])
  }

  @Test func markAllMarksWhatTheFiltersSelect() throws {
    let setup = try Setup()
    let flagged = try setup.run(["mark", "flag", "--all", "--source", "City Council"])
    #expect(flagged.status == 0)
    #expect(flagged.output == "Marked 2 articles flagged.\n")
    #expect(try setup.ids(["--flagged"]) == ["council/hearing", "misc/undated"])
    #expect(try setup.run(["mark", "read", "--all", "--flagged"]).status == 0)
    #expect(try setup.ids(["--unread"]).count == 5)
    #expect(try setup.run(["mark", "read", "--all", "--since", "2023-05-05"]).status == 0)
    #expect(try setup.ids(["--unread"]) == ["tokyo/notices#1", "tokyo/notices#2", "seoul/transit"])
    #expect(try setup.run(["mark", "read", "--all"]).output == "Marked 7 articles read.\n")
    #expect(try setup.ids(["--unread"]).isEmpty)
  }

  @Test func unknownIDsAreReportedAndTheOthersStillMarked() throws {
    let setup = try Setup()
    let run = try setup.run(["mark", "read", "shi/water", "no/such", "also\u{1b}[2Jmissing"])
    #expect(run.status == 1)
    #expect(run.output == "Marked 1 article read.\n")
    #expect(run.errorOutput.contains("no article with id \"no/such\""))
    #expect(run.errorOutput.contains("also"))
    #expect(!run.errorOutput.contains("\u{1b}"))
    #expect(try setup.ids(["--unread"]).count == 6)
  }

  @Test func markRefusesMixedOrMissingSelections() throws {
    let setup = try Setup()
    for arguments in [
      ["mark", "read"], ["mark", "read", "shi/water", "--all"],
      ["mark", "read", "shi/water", "--unread"], ["mark", "skim", "shi/water"],
    ] {
      let run = try setup.run(arguments)
      #expect(run.status == 64, "\(arguments)")
    }
  }

  @Test func exportAndImportKeepTwoMachinesInStep() throws {
    let setup = try Setup()
    let otherMachine = ["XDG_STATE_HOME": setup.temporary.path + "/other-state"]
    #expect(try setup.run(["mark", "read", "shi/water", "seoul/transit"]).status == 0)
    #expect(try setup.run(["mark", "flag", "misc/undated"]).status == 0)
    // The other machine changes its mind about one article, later.
    usleep(5_000)
    #expect(
      try setup.run(["mark", "read", "council/hearing"], environment: otherMachine).status == 0)
    #expect(
      try setup.run(["mark", "unread", "seoul/transit"], environment: otherMachine).status == 0)
    let file = setup.temporary.path + "/state.jsonl"
    let export = try setup.run(["state", "export", file])
    #expect(export.status == 0)
    let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(
      lines.first?.hasPrefix(
        #"{"id":"misc/undated","read":null,"read_changed":null,"flagged":true,"flag_changed":"20"#)
        == true)
    let imported = try setup.run(["state", "import", file], environment: otherMachine)
    #expect(imported.status == 0, "\(imported.errorOutput)")
    #expect(imported.output == "Merged 3 records: 2 articles changed.\n")
    let otherFile = setup.temporary.path + "/other.jsonl"
    #expect(try setup.run(["state", "export", otherFile], environment: otherMachine).status == 0)
    #expect(try setup.run(["state", "import", otherFile]).status == 0)
    // Both now agree: the later unread of seoul/transit won on both sides.
    let here = try setup.run(["state", "export"]).output
    let there = try setup.run(["state", "export"], environment: otherMachine).output
    #expect(here == there)
    #expect(try setup.ids(["--unread"]).contains("seoul/transit"))
    #expect(!(try setup.ids(["--unread"]).contains("council/hearing")))
    #expect(try setup.ids(["--flagged"]) == ["misc/undated"])
  }

  @Test func importReportsBadLinesAndUnknownIDsAndMergesTheRest() throws {
    let setup = try Setup()
    let file = setup.temporary.path + "/sync.jsonl"
    let lines = [
      #"{"id":"shi/water","read":true,"read_changed":"2026-01-01T00:00:00.000Z"}"#,
      #"{"id":"shi/water","read":true}"#,
      "",
      #"{"id":"gone/elsewhere","flagged":true,"flag_changed":"2026-01-01T00:00:00Z"}"#,
      #"{"id":"council/hearing","read":true,"read_changed":"2026-01-"#,
    ]
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: file))
    let run = try setup.run(["state", "import", file])
    #expect(run.status == 1)
    #expect(run.output == "Merged 2 records: 2 articles changed.\n")
    #expect(run.errorOutput.contains("\(file):2: \"read\" without \"read_changed\""))
    #expect(run.errorOutput.contains("\(file):5: not valid JSON"))
    #expect(run.errorOutput.contains("1 id is not in"))
    #expect(run.errorOutput.contains("2 lines of \(file) could not be read"))
    #expect(try setup.ids(["--unread"]).count == 6)
    let missing = try setup.run(["state", "import", setup.temporary.path + "/none.jsonl"])
    #expect(missing.status == 1)
    #expect(missing.errorOutput.contains("none.jsonl does not exist"))
  }

  @Test func aDamagedStoreIsMovedAsideWithAMessage() throws {
    let setup = try Setup()
    #expect(try setup.run(["mark", "read", "shi/water"]).status == 0)
    let stateDirectory = setup.temporary.path + "/state/gazette"
    let store = try #require(
      try FileManager.default.contentsOfDirectory(atPath: stateDirectory).first {
        $0.hasSuffix(".sqlite")
      })
    try Data(repeating: 0x41, count: 8_192).write(
      to: URL(fileURLWithPath: stateDirectory + "/" + store))
    let run = try setup.run(["list", "--unread"])
    #expect(run.status == 0)
    #expect(run.lines.count == 7)
    #expect(run.errorOutput.contains("is damaged"))
    #expect(run.errorOutput.contains("moved to \(stateDirectory)/\(store).corrupt-"))
    let files = try FileManager.default.contentsOfDirectory(atPath: stateDirectory)
    #expect(files.contains { $0.hasPrefix(store + ".corrupt-") })
    // The next run finds a healthy empty store and says nothing.
    let again = try setup.run(["list", "--unread"])
    #expect(!again.errorOutput.contains("damaged"))
  }

  @Test func anUnusableStateDirectoryGivesOneMessageAndListingStillWorks() throws {
    let setup = try Setup()
    let blocker = setup.temporary.path + "/file"
    try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
    let unusable = ["XDG_STATE_HOME": blocker]
    let list = try setup.run(["list", "--unread"], environment: unusable)
    #expect(list.status == 0)
    #expect(list.lines.count == 7)
    let messages = list.errorOutput.split(separator: "\n").filter { $0.contains("state directory") }
    #expect(
      messages == [
        "gazette: cannot create the state directory \(blocker)/gazette (Not a directory); read marks and flags are not saved this time."
      ])
    let mark = try setup.run(["mark", "read", "shi/water"], environment: unusable)
    #expect(mark.status == 1)
    #expect(mark.errorOutput.contains("the changes were not saved"))
  }

  @Test func aReadOnlyDataDirectoryIsNeverWritten() throws {
    let setup = try Setup()
    let before = try TreeListing.of(setup.data)
    TreeListing.setWritable(setup.data, false)
    defer { TreeListing.setWritable(setup.data, true) }
    let file = setup.temporary.path + "/out.jsonl"
    for arguments in [
      ["list", "--json"], ["list", "--unread"], ["mark", "read", "shi/water"],
      ["mark", "flag", "--all"], ["mark", "read", "--all", "--search", "hearing"],
      ["state", "export", file], ["state", "import", file], ["list", "--new", "--flagged"],
    ] {
      #expect(try setup.run(arguments).status == 0, "\(arguments)")
    }
    TreeListing.setWritable(setup.data, true)
    #expect(try TreeListing.of(setup.data) == before)
    let state = try FileManager.default.contentsOfDirectory(
      atPath: setup.temporary.path + "/state/gazette")
    #expect(state.contains { $0.hasPrefix("data-") && $0.hasSuffix(".sqlite") })
  }
}
