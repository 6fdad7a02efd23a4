import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Folds text for searching (see `SearchFoldingTables`) and finds folded patterns in it.
///
/// The fast path folds scalar by scalar straight from UTF-8: ASCII is lower-cased inline and
/// CJK, kana and Hangul syllables fold to themselves, so a CJK title costs one table lookup per
/// character. Only text with characters that combine (accents in NFD, halfwidth voiced marks,
/// conjoining jamo) is folded character by character through Foundation's normalisation.
enum SearchFolding {
  /// The folded UTF-8 of `text`.
  static func fold(_ text: String) -> [UInt8] {
    if let folded = withUTF8(of: text, { foldFast($0) }) ?? nil { return folded }
    var output: [UInt8] = []
    for character in text { foldCharacter(character, into: &output) }
    return output
  }

  /// The folded UTF-8 of `text`, with where each character of `text` begins in it.
  static func foldWithOrigins(_ text: String) -> (folded: [UInt8], origins: [Origin]) {
    var output: [UInt8] = []
    var origins: [Origin] = []
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      origins.append(Origin(foldedOffset: output.count, range: index..<next))
      foldCharacter(text[index], into: &output)
      index = next
    }
    return (output, origins)
  }

  /// Where one character of the original text begins in the folded text.
  struct Origin {
    var foldedOffset: Int
    var range: Range<String.Index>
  }

  /// Runs `body` on the contiguous UTF-8 of `text`.
  static func withUTF8<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
    text.utf8.withContiguousStorageIfAvailable(body)
  }

  /// Folds UTF-8 `bytes` scalar by scalar; `nil` when a character needs the full treatment.
  static func foldFast(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let tables = SearchFoldingTables.shared
    let capacity = bytes.count * tables.maxExpansion + 16
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      guard let count = foldFast(bytes, into: buffer, tables: tables) else { return nil }
      return Array(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
  }

  /// Folds `bytes` into `output` (which holds `bytes.count * maxExpansion` bytes at least);
  /// returns the folded length, or `nil` when a character needs the full treatment.
  ///
  /// `bytes` must be valid UTF-8 (a `String`'s, or a string the JSON reader validated).
  @inline(__always)
  static func foldFast(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
    tables: SearchFoldingTables
  ) -> Int? {
    guard let input = bytes.baseAddress, let out = output.baseAddress else {
      return bytes.isEmpty ? 0 : nil
    }
    let flagTable = tables.flagTable
    let variantKeys = ChineseVariants.shared.flatKeys
    var index = 0
    var written = 0
    let count = bytes.count
    while index < count {
      let lead = input[index]
      if lead < 0x80 {
        out[written] = lead &+ ((lead &- 0x41) < 26 ? 0x20 : 0)
        written &+= 1
        index &+= 1
        continue
      }
      let value: UInt32
      let length: Int
      if lead >= 0xE0 && lead < 0xF0 && index + 2 < count {
        let second = input[index &+ 1]
        let third = input[index &+ 2]
        value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        // CJK ideographs fold to themselves or to the key of their Simplified/Traditional
        // class (three UTF-8 bytes either way), Hangul syllables to themselves: no flags needed.
        if value >= 0x3400 && value <= 0x9FFF && (value >= 0x4E00 || value <= 0x4DBF) {
          let key = UInt32(variantKeys[Int(value &- ChineseVariants.flatStart)])
          if key == 0 {
            out[written] = lead
            out[written &+ 1] = second
            out[written &+ 2] = third
          } else {
            out[written] = UInt8(0xE0 | key >> 12)
            out[written &+ 1] = UInt8(0x80 | (key >> 6) & 0x3F)
            out[written &+ 2] = UInt8(0x80 | key & 0x3F)
          }
          written &+= 3
          index &+= 3
          continue
        }
        if value >= 0xAC00 && value <= 0xD7A3 {
          out[written] = lead
          out[written &+ 1] = second
          out[written &+ 2] = third
          written &+= 3
          index &+= 3
          continue
        }
        length = 3
      } else if lead >= 0xC0 && lead < 0xE0 && index + 1 < count {
        value = UInt32(lead & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F)
        length = 2
      } else {
        guard let (decoded, decodedLength) = TextNormalizer.decodeScalar(bytes, at: index) else {
          return nil
        }
        value = decoded
        length = decodedLength
      }
      let flags =
        value < SearchFoldingTables.tableLimit
        ? flagTable[Int(value)] : tables.flagsOutsideTable(value)
      if flags & SearchFoldingTables.simple != 0 {
        for offset in 0..<length { out[written &+ offset] = input[index &+ offset] }
        written &+= length
      } else if flags & SearchFoldingTables.composing != 0 {
        return nil
      } else if flags & SearchFoldingTables.mapped != 0 {
        if let mapping = tables.mapping(of: value) {
          for byte in mapping {
            out[written] = byte
            written += 1
          }
        } else if let mapping = tables.distantMapping(of: value) {
          for byte in mapping {
            out[written] = byte
            written += 1
          }
        }
      } else {
        for offset in 0..<length { out[written &+ offset] = input[index &+ offset] }
        written &+= length
      }
      index &+= length
    }
    return written
  }

  /// Appends the fold of one character.
  static func foldCharacter(_ character: Character, into output: inout [UInt8]) {
    let tables = SearchFoldingTables.shared
    let scalars = character.unicodeScalars
    let needsNormalization = scalars.contains {
      tables.flags(of: $0.value) & SearchFoldingTables.composing != 0
    }
    guard needsNormalization else {
      for scalar in scalars { appendFold(of: scalar, to: &output, tables: tables) }
      return
    }
    var folded: [UInt8] = []
    var composesAgain = false
    for scalar in String(character).precomposedStringWithCanonicalMapping.unicodeScalars {
      let flags = tables.flags(of: scalar.value)
      if flags & SearchFoldingTables.composing != 0 { composesAgain = true }
      appendFold(of: scalar, to: &folded, tables: tables)
    }
    if composesAgain {
      let text = String(decoding: folded, as: UTF8.self).precomposedStringWithCanonicalMapping
      output.append(contentsOf: text.utf8)
    } else {
      output.append(contentsOf: folded)
    }
  }

  private static func appendFold(
    of scalar: Unicode.Scalar, to output: inout [UInt8], tables: SearchFoldingTables
  ) {
    if tables.flags(of: scalar.value) & SearchFoldingTables.mapped != 0 {
      if let mapping = tables.mapping(of: scalar.value) {
        output.append(contentsOf: mapping)
        return
      }
      if let mapping = tables.distantMapping(of: scalar.value) {
        output.append(contentsOf: mapping)
        return
      }
    }
    UTF8.encode(scalar) { output.append($0) }
  }

  // MARK: - Finding

  /// The offset of the first match of `pattern` in `text` at or after `start`, where a match
  /// must not end just before a combining character (it would split a character in two).
  static func firstMatch(
    of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let patternBase = pattern.baseAddress, let textBase = text.baseAddress,
      !pattern.isEmpty
    else { return nil }
    let tables = SearchFoldingTables.shared
    // Look for the last byte of the pattern's first character: for CJK that is a continuation
    // byte, far rarer than the lead bytes every character shares.
    var anchor = 0
    while anchor + 1 < pattern.count && pattern[anchor + 1] & 0xC0 == 0x80 { anchor += 1 }
    let anchorByte = Int32(pattern[anchor])
    var from = max(0, start)
    while from + pattern.count <= text.count {
      let searchStart = from + anchor
      let searchLength = text.count - pattern.count + 1 - from
      guard let hit = memchr(textBase + searchStart, anchorByte, searchLength) else { return nil }
      let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(textBase) - anchor
      guard memcmp(textBase + offset, patternBase, pattern.count) == 0 else {
        from = offset + 1
        continue
      }
      let end = offset + pattern.count
      if end >= text.count { return offset }
      guard let (value, _) = TextNormalizer.decodeScalar(text, at: end),
        tables.flags(of: value) & SearchFoldingTables.extending != 0,
        !startsCharacter(value, after: pattern)
      else { return offset }
      from = offset + 1
    }
    return nil
  }

  /// Whether the scalar `value` starts a new character after the last scalar of `pattern`.
  ///
  /// An extending scalar normally continues the character before it, but not after a control
  /// (a tab, or a format character such as U+200B, which Swift's `Character` ends at), so a
  /// pattern ending in one is still found there. Asked only when a match is about to be
  /// rejected, so Swift's grapheme breaking costs nothing on the common path.
  private static func startsCharacter(_ value: UInt32, after pattern: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var start = pattern.count - 1
    while start > 0 && pattern[start] & 0xC0 == 0x80 { start -= 1 }
    guard let (last, _) = TextNormalizer.decodeScalar(pattern, at: start),
      let lastScalar = Unicode.Scalar(last), let nextScalar = Unicode.Scalar(value)
    else { return false }
    var pair = String.UnicodeScalarView()
    pair.append(lastScalar)
    pair.append(nextScalar)
    return String(pair).count == 2
  }
}
