import Glibc

/// Converts bytes to UTF-8 with glibc's iconv, strictly: any byte sequence that is not valid in
/// the source encoding is an error, never a replacement character.
enum Iconv {
  /// Where a conversion failed.
  struct Failure: Error, Equatable {
    /// The offset of the first byte that could not be converted.
    var offset: Int
    /// Whether the input ended in the middle of a character.
    var truncated: Bool
  }

  /// `bytes` in `encoding`, as UTF-8.
  static func utf8(from bytes: [UInt8], encoding: String) throws(Failure) -> [UInt8] {
    let converter = iconv_open("UTF-8", encoding)
    guard converter != iconv_t(bitPattern: -1) else { throw Failure(offset: 0, truncated: false) }
    defer { iconv_close(converter) }
    // UTF-8 takes at most 4 bytes per character, and a character takes at least one byte.
    var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
    var input = bytes
    var failure: Failure?
    let written = input.withUnsafeMutableBufferPointer { inputBuffer in
      output.withUnsafeMutableBufferPointer { outputBuffer -> Int in
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          inputBuffer.baseAddress
        )?.assumingMemoryBound(to: CChar.self)
        var inLeft = inputBuffer.count
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
          outputBuffer.baseAddress!
        ).assumingMemoryBound(to: CChar.self)
        var outLeft = outputBuffer.count
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        if result == -1 {
          failure = Failure(offset: inputBuffer.count - inLeft, truncated: errno == EINVAL)
        } else if iconv(converter, nil, nil, &outPointer, &outLeft) == -1 {
          failure = Failure(offset: inputBuffer.count, truncated: true)
        }
        return outputBuffer.count - outLeft
      }
    }
    if let failure { throw failure }
    return Array(output.prefix(written))
  }
}
