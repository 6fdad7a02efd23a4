import Foundation
import GazetteTestSupport
import Synchronization
import Testing

/// End-to-end: the data directory is read-only to Gazette, files that vanish or change while
/// it loads are problems rather than crashes, and the documented limits are named by
/// `gazette check`.
@Suite(.serialized)
struct DataDirectoryTests {
  // MARK: - Never written

  @Test func aReadOnlyDirectoryIsNeverWrittenByAnyCommandOrTheReader() throws {
    let temporary = try TemporaryDirectory()
    // Kept alive to the end: gazette reads the directory after its last mention.
    defer { withExtendedLifetime(temporary) {} }
    let data = temporary.path + "/data"
    try FileManager.default.copyItem(atPath: GazetteBinary.fixtures + "/cli", toPath: data)
    try NaughtyInputs.writeArticles(Array(NaughtyInputs.terminalEscapes.prefix(8)), into: data)
    try NaughtyInputs.writeFiles(Array(NaughtyInputs.files.prefix(6)), into: data)
    try FileManager.default.createSymbolicLink(
      atPath: data + "/link.json", withDestinationPath: "shi/water.json")
    try Self.changeModes("a-w", of: data)
    defer { try? Self.changeModes("u+w", of: data) }
    let before = Self.snapshot(of: data)
    #expect(before.count > 20)

    var commands = 0
    for arguments in [
      ["check"], ["list"], ["list", "--json"], ["list", "--search", "the"], ["sources"],
      // link.json and shi/water.json are one file: it loads once, under the first path.
      ["sources", "--json"], ["show", "seoul/transit"], ["show", "council/hearing", "--json"],
      ["show", "link"],
    ] {
      let run = try CommandRun(arguments + ["--data", data])
      #expect(run.status == 0 || (arguments == ["check"] && run.status == 1), "\(arguments)")
      let changes = Self.differences(before, Self.snapshot(of: data))
      #expect(changes.isEmpty, "\(arguments) changed the directory: \(changes)")
      commands += 1
    }

    let session = try TmuxSession.gazette(["--data", data], width: 100, height: 30)
    try session.waitForText("关于5月6日")
    try session.sendKeys("j", "Enter", "G", "h", "G")
    try session.waitForStableScreen()
    try session.sendKeys("/")
    try session.run(["send-keys", "-l", "council"])
    try session.sendKeys("Enter")
    try session.waitForScreen("the search") { $0.contains("search: council") }
    try session.sendKeys("s", "Enter", "!")
    try session.waitForText("Load problems (")
    try session.sendKeys("Escape")
    try session.waitForScreen("the problems closed") { !$0.contains("Load problems (") }
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0)
    let changes = Self.differences(before, Self.snapshot(of: data))
    #expect(changes.isEmpty, "the reader changed the directory: \(changes)")
    print(
      "read-only data directory: \(before.count) entries compared (type, mode, size, "
        + "mtime, ctime, inode) after \(commands) commands and a reader session: "
        + "\(changes.count) changes")
  }

  // MARK: - Changing under Gazette

  @Test func filesVanishingOrChangingDuringCheckAreProblemsNotCrashes() throws {
    let temporary = try TemporaryDirectory()
    defer { withExtendedLifetime(temporary) {} }
    let paths = try Self.writeManyArticles(into: temporary.path, folders: 30, perFolder: 100)
    let mutator = Mutator(root: temporary.path, paths: paths)
    mutator.start()
    var runs: [(arguments: [String], run: CommandRun)] = []
    for arguments in [["check"], ["list", "--json"], ["check"], ["sources"], ["check"]] {
      // From inside the directory, so check prints the paths relative to it.
      runs.append(
        (arguments, try CommandRun(arguments + ["--data", "."], directory: temporary.path)))
    }
    let mutations = mutator.stop()
    #expect(mutations > 0)
    let known = Set(paths)
    var problems = 0
    for (arguments, run) in runs {
      #expect(run.status == 0 || run.status == 1, "\(arguments): status \(run.status)")
      #expect(!run.errorOutput.contains("Fatal error"), "\(arguments): \(run.errorOutput)")
      #expect(HostileArticleTests.plainTextViolations(run.outputBytes).isEmpty)
      guard arguments == ["check"] else { continue }
      let lines = run.lines
      let summary = try #require(lines.last)
      #expect(
        summary.contains(" from ")
          && (summary.hasSuffix(" problems") || summary.hasSuffix(" problem")))
      for line in lines.dropLast() {
        let path = String(line.prefix { $0 != ":" })
        #expect(known.contains(path), "a problem names an unknown file: \(line)")
        problems += 1
      }
    }
    let list = try #require(runs.first { $0.arguments == ["list", "--json"] })
    #expect((try? JSONSerialization.jsonObject(with: Data(list.run.outputBytes))) is [Any])
    print(
      "changing directory: \(paths.count) files, \(mutations) deletions, rewrites and "
        + "replacements during \(runs.count) commands; \(problems) problems reported by check, "
        + "0 crashes")
  }

  @Test func showNamesAFileThatChangedWithoutTheControlsInItsName() throws {
    // Regression: `show` printed the problem of a file that changed between loading and
    // reading its body with the file's name as it is, escape sequences included.
    let temporary = try TemporaryDirectory()
    defer { withExtendedLifetime(temporary) {} }
    let name = NaughtyInputs.escapeFileName
    let id = String(name.dropLast(".json".count))
    try Data(Mutator.article(7).utf8).write(to: URL(fileURLWithPath: temporary.path + "/" + name))
    let mutator = Mutator(root: temporary.path, paths: [name])
    mutator.start()
    defer { _ = mutator.stop() }
    var changed = 0
    var runs = 0
    while changed < 3 && runs < 200 {
      let run = try CommandRun(["show", id, "--data", temporary.path])
      runs += 1
      #expect(
        HostileArticleTests.plainTextViolations(run.outputBytes + run.errorBytes).isEmpty,
        "\(run.errorOutput)")
      // Loaded, then its body could not be read: the problem names the file.
      if run.errorOutput.contains("2J.json: ") { changed += 1 }
    }
    #expect(changed > 0, "the file never changed between loading and reading in \(runs) runs")
  }

  @Test func theReaderShowsAProblemForAnArticleWhoseFileVanished() throws {
    let temporary = try TemporaryDirectory()
    defer { withExtendedLifetime(temporary) {} }
    for (name, day) in [("first", 3), ("second", 2), ("third", 1)] {
      try Data(
        #"{"title": "The \#(name) notice", "body": "Body of \#(name).", "published": "2023-05-0\#(day)"}"#
          .utf8
      ).write(to: URL(fileURLWithPath: temporary.path + "/\(name).json"))
    }
    let session = try TmuxSession.gazette(["--data", temporary.path], width: 100, height: 30)
    try session.waitForText("Body of first.")
    try FileManager.default.removeItem(atPath: temporary.path + "/second.json")
    try Data(#"{"title": "Something else", "body": "x"}"#.utf8)
      .write(to: URL(fileURLWithPath: temporary.path + "/third.json"))
    try session.sendKeys("j")
    let vanished = try session.waitForText("This article cannot be read")
    #expect(vanished.contains("second.json"))
    try session.sendKeys("j")
    // The list shows every title, so only the file name tells the third article's problem
    // from the second's.
    let changed = try session.waitForScreen("the changed file's problem") { screen in
      screen.contains("This article cannot be read") && screen.contains("third.json")
    }
    #expect(!changed.contains("second.json"))
    try session.sendKeys("k", "k")
    try session.waitForText("Body of first.")
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0)
  }

  @Test func theReaderKeepsRunningWhileTheDirectoryChanges() throws {
    let temporary = try TemporaryDirectory()
    defer { withExtendedLifetime(temporary) {} }
    let paths = try Self.writeManyArticles(into: temporary.path, folders: 10, perFolder: 100)
    let mutator = Mutator(root: temporary.path, paths: paths)
    mutator.start()
    let session = try TmuxSession.gazette(["--data", temporary.path], width: 100, height: 30)
    try session.waitForText("Notice")
    for _ in 0..<10 {
      try session.sendKeys("j", "j", "j", "j", "j")
      try session.waitForStableScreen()
    }
    try session.sendKeys("/")
    try session.run(["send-keys", "-l", "body"])
    try session.sendKeys("Enter")
    try session.waitForText("search: body")
    try session.sendKeys("G", "Enter", "G")
    try session.waitForStableScreen()
    let mutations = mutator.stop()
    #expect(try !session.paneDead)
    try session.sendKeys("q")
    #expect(try session.waitForGazetteExit() == 0)
    #expect(try session.terminalRestoreProblems().isEmpty)
    print("reader on a changing directory: \(mutations) changes while reading, no crash")
  }

  // MARK: - Limits

  @Test func checkNamesEveryLimitAndSpecialFile() throws {
    let temporary = try TemporaryDirectory()
    defer { withExtendedLifetime(temporary) {} }
    let data = temporary.path
    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: URL(fileURLWithPath: data + "/" + name))
    }
    func nested(_ depth: Int) -> String {
      String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }
    // A sparse file: its size is over the limit without writing 70 MB.
    let descriptor = open(data + "/too-large.json", O_WRONLY | O_CREAT, 0o644)
    #expect(descriptor >= 0 && ftruncate(descriptor, 70_000_000) == 0)
    close(descriptor)
    try write("depth-64.json", #"{"title": "deep", "body": "x", "extra": "# + nested(63) + "}")
    try write("depth-65.json", #"{"title": "deeper", "body": "x", "extra": "# + nested(64) + "}")
    try write(
      "title-1000.json",
      #"{"title": ""# + String(repeating: "題", count: 1_000) + #"", "body": "x"}"#)
    try write(
      "title-1001.json",
      #"{"title": ""# + String(repeating: "題", count: 1_001) + #"", "body": "x"}"#)
    let categories = (1...33).map { "\"c\($0)\"" }.joined(separator: ", ")
    try write(
      "categories-33.json", #"{"title": "c", "body": "x", "category": ["# + categories + "]}")
    try write(
      "problems-150.json", "[" + Array(repeating: "1", count: 150).joined(separator: ",") + "]")
    #expect(mkfifo(data + "/pipe.json", 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: data + "/loop.json", withDestinationPath: "loop.json")
    try FileManager.default.createSymbolicLink(
      atPath: data + "/zero.json", withDestinationPath: "/dev/zero")
    try FileManager.default.createSymbolicLink(
      atPath: data + "/broken.json", withDestinationPath: "nowhere.json")
    try FileManager.default.createDirectory(
      atPath: data + "/folder.json/up", withIntermediateDirectories: true)
    try write("folder.json/inside.json", #"{"title": "inside a folder named .json", "body": "x"}"#)
    try FileManager.default.createSymbolicLink(
      atPath: data + "/folder.json/up/parent", withDestinationPath: "../..")

    let run = try CommandRun(["check", "--data", "."], directory: data, timeout: 30)
    #expect(run.status == 1)
    let lines = run.lines
    func line(_ prefix: String) -> String {
      lines.first { $0.hasPrefix(prefix) } ?? "(no line for \(prefix))"
    }
    let expected: [(String, String)] = [
      ("too-large.json: ", "the file is too large (70,000,000 bytes; the limit is 67,108,864)"),
      ("depth-65.json:1:", "arrays and objects are nested more than 64 levels deep (the limit)"),
      ("title-1001.json:1:", "warning: `title` is longer than 1,000 characters; the rest is cut"),
      ("categories-33.json:1:", "warning: `category` has more than 32 entries"),
      ("problems-150.json: ", "50 more problems in this file are not shown"),
      ("pipe.json: ", "not a regular file (a named pipe); it is skipped"),
      ("loop.json: ", "a link loop"),
      ("zero.json: ", "not a regular file (a device); it is skipped"),
      ("broken.json: ", "broken symbolic link"),
    ]
    for (prefix, message) in expected {
      #expect(line(prefix).contains(message), "\(line(prefix))")
    }
    #expect(lines.filter { $0.hasPrefix("problems-150.json:") }.count == 101)
    for quiet in ["depth-64.json", "title-1000.json", "folder.json"] {
      #expect(!lines.contains { $0.hasPrefix(quiet) }, "\(quiet) has a problem")
    }
    #expect(lines.last == "5 articles from 8 files, 109 problems")
    let list = try CommandRun(["list", "--json", "--data", data], timeout: 30)
    let articles = try #require(
      try JSONSerialization.jsonObject(with: Data(list.outputBytes)) as? [[String: Any]])
    let titleLengths = articles.compactMap { ($0["title"] as? String)?.count }
    #expect(titleLengths.filter { $0 == 1_000 }.count == 2)
    print("limits: \(expected.count + 1) limits and special files named by check")
  }

  // MARK: - Helpers

  /// Runs `chmod -R mode path`.
  static func changeModes(_ mode: String, of path: String) throws {
    let process = try Process.run(
      URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", mode, path])
    process.waitUntilExit()
  }

  /// Every entry under `root` (the root included, links not followed) with its type, mode,
  /// size, modification and status-change times and inode, by relative path.
  static func snapshot(of root: String) -> [String: String] {
    var result: [String: String] = [:]
    var pending = [(full: root, relative: ".")]
    while let next = pending.popLast() {
      let (full, relative) = next
      var status = stat()
      guard lstat(full, &status) == 0 else {
        result[relative] = "unreadable"
        continue
      }
      result[relative] =
        "mode \(String(status.st_mode, radix: 8)) size \(status.st_size) "
        + "mtime \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) "
        + "ctime \(status.st_ctim.tv_sec).\(status.st_ctim.tv_nsec) inode \(status.st_ino)"
      guard status.st_mode & S_IFMT == S_IFDIR, let folder = opendir(full) else { continue }
      defer { closedir(folder) }
      while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
          String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
        guard name != ".", name != ".." else { continue }
        pending.append((full + "/" + name, relative + "/" + name))
      }
    }
    return result
  }

  /// What differs between two snapshots, one line per entry.
  static func differences(_ before: [String: String], _ after: [String: String]) -> [String] {
    var found: [String] = []
    for (path, state) in before.sorted(by: { $0.key < $1.key }) where after[path] != state {
      found.append("\(path): \(state) -> \(after[path] ?? "gone")")
    }
    for path in after.keys.sorted() where before[path] == nil {
      found.append("\(path): created")
    }
    return found
  }

  /// Writes `folders` × `perFolder` small articles; returns their relative paths.
  static func writeManyArticles(into root: String, folders: Int, perFolder: Int) throws
    -> [String]
  {
    var paths: [String] = []
    for folder in 0..<folders {
      try FileManager.default.createDirectory(
        atPath: root + "/f\(folder)", withIntermediateDirectories: true)
      for number in 0..<perFolder {
        let path = "f\(folder)/a\(number).json"
        try Data(Mutator.article(number).utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        paths.append(path)
      }
    }
    return paths
  }

  /// Deletes, rewrites, truncates and replaces files of a directory on a background thread,
  /// as fast as it can, until stopped.
  final class Mutator: Sendable {
    let root: String
    let paths: [String]
    private let stopped = Mutex(false)
    private let count = Mutex(0)
    private let finished = DispatchSemaphore(value: 0)

    init(root: String, paths: [String]) {
      self.root = root
      self.paths = paths
    }

    /// A small valid article.
    static func article(_ number: Int) -> String {
      #"{"title": "Notice \#(number)", "body": "The body of notice \#(number)."}"#
    }

    /// Starts changing files.
    func start() {
      Thread.detachNewThread { [self] in
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var done = 0
        while !stopped.withLock({ $0 }) {
          state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
          let path = root + "/" + paths[Int((state >> 33) % UInt64(paths.count))]
          mutate(path, kind: Int((state >> 20) % 6))
          done += 1
        }
        count.withLock { $0 = done }
        finished.signal()
      }
    }

    /// Stops, and returns how many changes were made.
    func stop() -> Int {
      stopped.withLock { $0 = true }
      finished.wait()
      return count.withLock { $0 }
    }

    private func mutate(_ path: String, kind: Int) {
      let manager = FileManager.default
      switch kind {
      case 0:
        try? manager.removeItem(atPath: path)
      case 1:
        try? Data(#"{"title": "broken", "body": "#.utf8).write(to: URL(fileURLWithPath: path))
      case 2:
        truncate(path, 0)
      case 3:
        try? manager.removeItem(atPath: path)
        try? manager.createDirectory(atPath: path, withIntermediateDirectories: false)
      case 4:
        let body = String(repeating: "A longer body. ", count: 2_000)
        try? Data(#"{"title": "Rewritten", "body": "\#(body)"}"#.utf8)
          .write(to: URL(fileURLWithPath: path))
      default:
        try? manager.removeItem(atPath: path)
        try? Data(Self.article(0).utf8).write(to: URL(fileURLWithPath: path))
      }
    }
  }
}
