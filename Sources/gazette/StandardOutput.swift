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
  mutating func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes { raw in
        Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        // The reader went away (e.g. `gazette list | head`): stop quietly, like other tools.
        exit(0)
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
