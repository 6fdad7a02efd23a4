import Glibc

/// Reports a broken invariant and stops the process, so that libFuzzer keeps the input.
///
/// A harness calls `require` for every property it checks; the message names the property and
/// the values involved, cut short so a huge input does not flood the log.
enum FuzzCheck {
  /// Stops with `message` unless `condition` holds.
  static func require(
    _ condition: Bool, _ message: @autoclosure () -> String, line: UInt = #line
  ) {
    if !condition { fail(message(), line: line) }
  }

  /// Writes `message` to standard error and aborts (libFuzzer reports a deadly signal).
  static func fail(_ message: String, line: UInt = #line) -> Never {
    let text = "\n==== INVARIANT BROKEN (harness line \(line)): \(message)\n"
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBytes { buffer in
      var written = 0
      while written < buffer.count {
        let result = write(2, buffer.baseAddress.map { $0 + written }, buffer.count - written)
        if result <= 0 { break }
        written += result
      }
    }
    abort()
  }

  /// A debug description of `text` cut to `limit` characters, for messages.
  static func shown<S: StringProtocol>(_ text: S, limit: Int = 200) -> String {
    let prefix = String(text.prefix(limit))
    let suffix = text.count > limit ? "… (\(text.utf8.count) bytes)" : ""
    return prefix.debugDescription + suffix
  }
}
