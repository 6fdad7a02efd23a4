import Foundation
import GazetteTestSupport

/// One run of the `gazette` binary with captured output, for end-to-end tests.
struct CommandRun {
  /// Everything written to standard output.
  let output: String
  /// Everything written to standard error.
  let errorOutput: String
  /// Standard output as the exact bytes written (`output` decodes them, hiding invalid UTF-8).
  let outputBytes: [UInt8]
  /// Standard error as the exact bytes written.
  let errorBytes: [UInt8]
  /// The exit status (or 128 + signal number when a signal ended it).
  let status: Int32

  /// Standard output split into lines, without the final empty one.
  var lines: [String] {
    var lines = output.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Runs `gazette` with `arguments` and waits for it to end (at most `timeout` seconds).
  ///
  /// Unless `environment` names an `XDG_STATE_HOME`, the run gets an empty one of its own,
  /// removed afterwards, so no test reads or writes the reading state of the real home.
  ///
  /// With `standardOutput`, the command writes there (a file such as /dev/full, or a pipe) and
  /// `output` stays empty. With `ignoringSIGPIPE`, the command starts with SIGPIPE ignored (as
  /// some parents leave it), so a write to a closed pipe fails with EPIPE instead of killing it.
  init(
    _ arguments: [String], environment: [String: String] = [:], directory: String? = nil,
    standardOutput: FileHandle? = nil, ignoringSIGPIPE: Bool = false, timeout: TimeInterval = 60
  ) throws {
    let process = Process()
    if ignoringSIGPIPE {
      // Foundation resets every signal to its default in the child; a shell sets it back.
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      let script = #"trap "" PIPE; exec "$0" "$@""#
      process.arguments = ["-c", script, GazetteBinary.path] + arguments
    } else {
      process.executableURL = URL(fileURLWithPath: GazetteBinary.path)
      process.arguments = arguments
    }
    var merged = ProcessInfo.processInfo.environment
    merged["GAZETTE_DATA"] = nil
    merged["COLUMNS"] = nil
    merged["SWIFT_BACKTRACE"] = "enable=no"
    for (key, value) in environment { merged[key] = value }
    var privateState: TemporaryDirectory?
    if environment["XDG_STATE_HOME"] == nil {
      let directory = try TemporaryDirectory()
      privateState = directory
      merged["XDG_STATE_HOME"] = directory.path
    }
    defer { withExtendedLifetime(privateState) {} }
    process.environment = merged
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let capturedOutput: Pipe? = standardOutput == nil ? Pipe() : nil
    let standardError = Pipe()
    process.standardOutput = standardOutput ?? capturedOutput
    process.standardError = standardError
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes while the process runs so a large output cannot block it.
    let outputData = LockedData()
    let errorData = LockedData()
    let group = DispatchGroup()
    var captured = [(standardError, errorData)]
    if let capturedOutput { captured.append((capturedOutput, outputData)) }
    for (pipe, sink) in captured {
      group.enter()
      DispatchQueue.global().async {
        sink.set(pipe.fileHandleForReading.readDataToEndOfFile())
        group.leave()
      }
    }
    if group.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      throw CommandRunError.timedOut(arguments)
    }
    process.waitUntilExit()
    outputBytes = [UInt8](outputData.get())
    errorBytes = [UInt8](errorData.get())
    output = String(decoding: outputBytes, as: UTF8.self)
    errorOutput = String(decoding: errorBytes, as: UTF8.self)
    status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
  }
}
