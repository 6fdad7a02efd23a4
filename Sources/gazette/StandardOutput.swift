import Foundation

/// A buffered writer for standard output, so long listings cost few system calls.
struct StandardOutput {
  private var buffer: [UInt8] = []

  init() {
    buffer.reserveCapacity(1 << 16)
  }

  /// Appends `text` followed by a newline.
  mutating func line(_ text: String) {
    write(text)
    buffer.append(0x0A)
  }

  /// Appends `text`.
  mutating func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Appends raw bytes.
  mutating func write(bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes everything buffered so far.
  ///
  /// A reader that went away (EPIPE, e.g. `gazette list | head -1` with SIGPIPE ignored) ends
  /// the command quietly with status 141, the status a shell reports when SIGPIPE kills it, so
  /// both cases look alike to a script. Any other failure (a full disk) is an error: output was
  /// lost, so the command says so and exits with status 1.
  mutating func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Foundation.write(STDOUT_FILENO, base + offset, raw.count - offset)
      }
      if written < 0 {
        let code = errno
        if code == EINTR { continue }
        if code == EPIPE { exit(Self.brokenPipeStatus) }
        TerminalOutput.printError(
          "gazette: cannot write output: \(String(cString: strerror(code)))")
        exit(1)
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// The status when the reader went away: 128 + SIGPIPE, as a shell reports a death by SIGPIPE.
  static let brokenPipeStatus: Int32 = 128 + SIGPIPE
}
