import Foundation
import Testing

/// What the commands do when standard output cannot be written: a full disk is an error, a
/// reader that went away is not.
@Suite struct OutputErrorTests {
  let data = GazetteBinary.fixtures + "/cli"

  @Test(arguments: [
    ["list"], ["list", "--json"], ["sources"], ["check"], ["show", "shi/water"],
  ])
  func aFullDeviceIsAnError(arguments: [String]) throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let run = try CommandRun(arguments + ["--data", data], standardOutput: full)
    #expect(run.status == 1, "\(arguments)")
    #expect(
      run.errorOutput.hasSuffix("gazette: cannot write output: No space left on device\n"),
      "\(arguments): \(run.errorOutput)")
  }

  /// Status 141 either way: killed by SIGPIPE (the default), or exiting with the status a
  /// shell reports for that when SIGPIPE is ignored and the write fails with EPIPE.
  @Test(arguments: [false, true])
  func aClosedPipeEndsQuietly(ignoringSIGPIPE: Bool) throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let run = try CommandRun(
      ["list", "--data", data], standardOutput: pipe.fileHandleForWriting,
      ignoringSIGPIPE: ignoringSIGPIPE)
    #expect(run.status == 141)
    #expect(!run.errorOutput.contains("cannot write"), "\(run.errorOutput)")
  }
}
