import Foundation
import GazetteState
import GazetteTestSupport
import Testing

/// The reading-state store under kill -9 and beside another process, driven through
/// `StateStressHelper` (marks in a loop and prints each id once its commit returned).
@Suite struct ReadingStateCrashTests {
  /// The helper built with the tests (it tests the store, whichever `gazette` is under test).
  private static var helper: String {
    var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      .deletingLastPathComponent()
    if directory.lastPathComponent.hasSuffix(".xctest") {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("StateStressHelper").path
  }

  /// A started helper whose output is collected until it ends.
  private final class Helper {
    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()

    init(_ arguments: [String]) throws {
      process.executableURL = URL(fileURLWithPath: ReadingStateCrashTests.helper)
      process.arguments = arguments
      process.standardOutput = output
      process.standardError = errors
      process.standardInput = FileHandle.nullDevice
      try process.run()
    }

    /// Waits until it printed "ready" (its store is open; it marks from then on).
    func waitUntilReady() {
      var seen: [UInt8] = []
      var byte: UInt8 = 0
      let descriptor = output.fileHandleForReading.fileDescriptor
      while !seen.starts(with: Array("ready\n".utf8)), read(descriptor, &byte, 1) == 1 {
        seen.append(byte)
      }
    }

    /// Kills it with SIGKILL (when still running) and returns its output: only whole lines,
    /// since a kill can come between the bytes of one.
    func kill() -> (lines: [String], errors: String) {
      Foundation.kill(process.processIdentifier, SIGKILL)
      return finish()
    }

    /// Waits for it to end and returns its output.
    func finish() -> (lines: [String], errors: String) {
      let data = output.fileHandleForReading.readDataToEndOfFile()
      let errorText = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      var text = String(decoding: data, as: UTF8.self)
      if let lastNewline = text.lastIndex(of: "\n") {
        text = String(text[...lastNewline])
      } else {
        text = ""
      }
      return (text.split(separator: "\n").map(String.init).filter { $0 != "ready" }, errorText)
    }
  }

  @Test func aThousandKillsLoseNoAcknowledgedMark() throws {
    let temporary = try TemporaryDirectory()
    let stateHome = temporary.path + "/state"
    let data = temporary.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    var acknowledged: [String] = []
    var roundsWithCommits = 0
    var generator = SystemRandomNumberGenerator()
    let start = Date()
    for round in 0..<1_000 {
      let helper = try Helper(["mark", stateHome, data, "r\(round)"])
      if round % 2 == 0 {
        // Any moment from the start: before the store is open, while it opens, or later.
        usleep(UInt32.random(in: 0...15_000, using: &generator))
      } else {
        // Any moment of marking: mid-batch, mid-commit, mid-fsync, mid-print.
        helper.waitUntilReady()
        usleep(UInt32.random(in: 0...15_000, using: &generator))
      }
      let (lines, errors) = helper.kill()
      // A store a kill left behind must open without complaint in the next round.
      #expect(errors.isEmpty, "round \(round): \(errors)")
      acknowledged += lines
      if !lines.isEmpty { roundsWithCommits += 1 }
      if !errors.isEmpty { break }
    }
    let elapsed = Date().timeIntervalSince(start)
    let store = ReadingStateStore(dataDirectory: data, environment: ["XDG_STATE_HOME": stateHome])
    #expect(store.notices.isEmpty)
    let snapshot = store.snapshot
    let missing = acknowledged.filter { !snapshot.isRead($0) }
    #expect(missing.isEmpty, "\(missing.count) of \(acknowledged.count) acknowledged marks lost")
    let wrongFlags = acknowledged.filter { id in
      let number = Int(id.split(separator: "-").last ?? "") ?? 0
      return snapshot.isFlagged(id) != (number % 3 == 0)
    }
    #expect(wrongFlags.isEmpty)
    // Many kills must land after some commits, or the test proves little.
    #expect(roundsWithCommits >= 100, "only \(roundsWithCommits) rounds committed anything")
    print(
      "1,000 kill -9s in \(String(format: "%.1f", elapsed)) s: \(acknowledged.count) "
        + "acknowledged marks from \(roundsWithCommits) rounds, all kept")
  }

  @Test func twoProcessesAtOnceKeepAllTheirMarksAndSeeEachOthers() throws {
    let temporary = try TemporaryDirectory()
    let stateHome = temporary.path + "/state"
    let data = temporary.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let watcher = try Helper(["watch", stateHome, data, "b-1999"])
    let first = try Helper(["mark", stateHome, data, "a", "2000"])
    let second = try Helper(["mark", stateHome, data, "b", "2000"])
    let (firstLines, firstErrors) = first.finish()
    let (secondLines, secondErrors) = second.finish()
    #expect(firstErrors.isEmpty && secondErrors.isEmpty, "\(firstErrors) \(secondErrors)")
    #expect(firstLines.count == 2_000 && secondLines.count == 2_000)
    // The watcher, open all along, saw the other process's last mark by polling.
    let (watched, _) = watcher.finish()
    #expect(watched == ["seen"])
    #expect(watcher.process.terminationStatus == 0)
    let snapshot = ReadingStateStore(
      dataDirectory: data, environment: ["XDG_STATE_HOME": stateHome]
    ).snapshot
    #expect(snapshot.states.count == 4_000)
    #expect((firstLines + secondLines).allSatisfy { snapshot.isRead($0) })
  }
}
