import Foundation

/// The terms a full-text index stores for a text, and the query that finds a `SearchPattern`
/// among them, so that an index answers exactly what `SearchPattern.matches` answers.
///
/// Text is folded as search folds it (`SearchFolding`: case, width, NFC, Simplified ⇄
/// Traditional), then cut into units: a scalar with the extending scalars that continue it
/// (the places a match may not end, see `SearchFolding.firstMatch`). A run of units
/// u₀ u₁ … uₙ₋₁ gives the terms u₀u₁, u₁u₂, …, uₙ₋₂uₙ₋₁ (every adjacent pair, in order)
/// and uₙ₋₁ alone. A pattern of one unit q is then the prefix query `q…` (every occurrence
/// of q starts a pair or is the last unit), and a longer one q₀…qₘ₋₁ the phrase of its pairs
/// q₀q₁ … qₘ₋₂qₘ₋₁ at consecutive positions, which is exactly the folded text containing the
/// folded pattern: one or two CJK characters are found, and so is any part of a word.
///
/// Terms are written for SQLite FTS5's `ascii` tokenizer with `tokenchars '._'`: terms are
/// separated by spaces; a unit is its UTF-8, except ASCII other than letters and digits,
/// written `.` and two hex digits; `_` ends each unit of a term, so that one unit is never
/// the prefix of another.
public enum SearchFoldingTerms {
  /// The FTS5 `tokenize` option the terms are written for.
  public static let tokenizer = "ascii tokenchars '._'"

  /// Appends the terms of the UTF-8 text `bytes` (one body string) to `terms`, separated from
  /// what is already there by a space.
  public static func appendTerms(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, to terms: inout [UInt8])
  {
    guard !bytes.isEmpty else { return }
    let folded = foldedUTF8(bytes)
    folded.withUnsafeBufferPointer { appendTerms(ofFolded: $0, to: &terms) }
  }

  /// Appends the terms of `text` to `terms` (see `appendTerms(ofUTF8:to:)`).
  public static func appendTerms(of text: String, to terms: inout [UInt8]) {
    var text = text
    text.withUTF8 { appendTerms(ofUTF8: $0, to: &terms) }
  }

  /// The FTS5 query for `pattern` over a table of these terms (with `detail=none`: terms
  /// without positions); `nil` when the pattern is empty or starts with a scalar that extends
  /// the character before it (such a match can begin inside a unit, so only a scan answers it).
  ///
  /// One unit is the prefix query `"q_" *` and two units the term `"q₀_q₁_"`: both find
  /// exactly the texts that contain the pattern. Three units or more are all their pairs
  /// (`AND`): every text that contains the pattern is found, and a text that has the pairs
  /// in other places too, so those candidates must be checked against the text.
  public static func query(for pattern: SearchPattern) -> TermQuery? {
    guard !pattern.isEmpty else { return nil }
    let units: [Unit] = pattern.foldedBytes { SearchFoldingTerms.units(ofFolded: $0) }
    guard let first = units.first, !first.startsWithExtending else { return nil }
    var expression: [UInt8] = []
    if units.count == 1 {
      expression.append(UInt8(ascii: "\""))
      appendUnit(first.bytes, to: &expression)
      expression.append(contentsOf: "\" *".utf8)
      return TermQuery(expression: String(decoding: expression, as: UTF8.self), isExact: true)
    }
    var seen = Set<[UInt8]>()
    for index in 0..<(units.count - 1) {
      var term: [UInt8] = []
      appendUnit(units[index].bytes, to: &term)
      appendUnit(units[index + 1].bytes, to: &term)
      guard seen.insert(term).inserted else { continue }
      if !expression.isEmpty { expression.append(contentsOf: " AND ".utf8) }
      expression.append(UInt8(ascii: "\""))
      expression.append(contentsOf: term)
      expression.append(UInt8(ascii: "\""))
    }
    return TermQuery(
      expression: String(decoding: expression, as: UTF8.self), isExact: units.count == 2)
  }

  /// An FTS5 query for a pattern, and whether what it finds is exactly what contains the
  /// pattern (else a superset, to be checked against the text).
  public struct TermQuery: Hashable, Sendable {
    /// The FTS5 `MATCH` expression.
    public var expression: String
    /// Whether every text found contains the pattern.
    public var isExact: Bool
  }

  /// `terms` (space-separated, as `appendTerms` writes them) with each term kept once, in
  /// the order of first appearance.
  ///
  /// An index without positions needs each term of a text once; a body repeats most of its
  /// pairs (about two in three, on the generated corpora), and every repeat would cost the
  /// full-text table a token to read and a hash to look up. Exact: terms are compared byte
  /// for byte; the hash only narrows the comparison.
  public static func distinct(_ terms: [UInt8]) -> [UInt8] {
    guard !terms.isEmpty else { return terms }
    return terms.withUnsafeBufferPointer { bytes -> [UInt8] in
      guard let base = bytes.baseAddress else { return [] }
      let count = bytes.count
      var termCount = 1
      for byte in bytes where byte == 0x20 { termCount += 1 }
      var capacity = 16
      while capacity < termCount * 2 { capacity <<= 1 }
      let mask = capacity - 1
      return [UInt8](unsafeUninitializedCapacity: count) { output, outputCount in
        guard let out = output.baseAddress else { return }
        // Each slot holds where a kept term starts in the output, or -1.
        outputCount = withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { slots in
          slots.initialize(repeating: -1)
          var written = 0
          var index = 0
          while index < count {
            if base[index] == 0x20 {
              index += 1
              continue
            }
            let lower = index
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while index < count && base[index] != 0x20 {
              hash = (hash ^ UInt64(base[index])) &* 0x100_0000_01b3
              index += 1
            }
            let length = index - lower
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            var duplicate = false
            while slots[slot] >= 0 {
              let kept = Int(slots[slot])
              let keptEnd = kept + length
              if keptEnd <= written && (keptEnd == written || out[keptEnd] == 0x20)
                && memcmp(out + kept, base + lower, length) == 0
              {
                duplicate = true
                break
              }
              slot = (slot + 1) & mask
            }
            if duplicate { continue }
            if written > 0 {
              out[written] = 0x20
              written += 1
            }
            slots[slot] = Int32(written)
            (out + written).initialize(from: base + lower, count: length)
            written += length
          }
          return written
        }
      }
    }
  }

  // MARK: - Folding and units

  /// `bytes` folded exactly as `SearchPattern.matches(utf8:)` folds the text it searches.
  static func foldedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let tables = SearchFoldingTables.shared
    let capacity = bytes.count * tables.maxExpansion + 16
    let fast: [UInt8]? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) {
      buffer in
      guard let count = SearchFolding.foldFast(bytes, into: buffer, tables: tables) else {
        return nil
      }
      return Array(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
    return fast ?? SearchFolding.fold(String(decoding: bytes, as: UTF8.self))
  }

  /// One unit of folded text: a scalar and the extending scalars that continue it.
  struct Unit {
    var bytes: ArraySlice<UInt8>
    /// Whether the unit begins with an extending scalar (only at the start of a text).
    var startsWithExtending: Bool
  }

  /// The units of folded UTF-8 text.
  static func units(ofFolded folded: UnsafeBufferPointer<UInt8>) -> [Unit] {
    var units: [Unit] = []
    forEachUnit(ofFolded: folded) { range, startsWithExtending in
      units.append(Unit(bytes: ArraySlice(folded[range]), startsWithExtending: startsWithExtending))
    }
    return units
  }

  /// Calls `body` with the byte range of each unit of folded UTF-8 text, in order.
  static func forEachUnit(
    ofFolded folded: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Bool) -> Void
  ) {
    let tables = SearchFoldingTables.shared
    var unitStart = 0
    var startsWithExtending = false
    var previous: UInt32?
    var index = 0
    while index < folded.count {
      let lead = folded[index]
      let value: UInt32
      let length: Int
      if lead < 0x80 {
        (value, length) = (UInt32(lead), 1)
      } else if let decoded = TextNormalizer.decodeScalar(folded, at: index) {
        (value, length) = decoded
      } else {
        (value, length) = (0xFFFD, 1)
      }
      let extends =
        lead >= 0x80 && tables.flags(of: value) & SearchFoldingTables.extending != 0
      if let previous, !(extends && continuesCharacter(value, after: previous)) {
        body(unitStart..<index, startsWithExtending)
        unitStart = index
        startsWithExtending = extends
      } else if previous == nil {
        startsWithExtending = extends
      }
      previous = value
      index += length
    }
    if previous != nil { body(unitStart..<folded.count, startsWithExtending) }
  }

  /// Whether the extending scalar `value` continues the character of the scalar `previous`
  /// (not after a control or a format character, where Swift's `Character` ends).
  private static func continuesCharacter(_ value: UInt32, after previous: UInt32) -> Bool {
    guard let last = Unicode.Scalar(previous), let next = Unicode.Scalar(value) else {
      return true
    }
    var pair = String.UnicodeScalarView()
    pair.append(last)
    pair.append(next)
    return String(pair).count == 1
  }

  /// Appends the terms of folded text.
  private static func appendTerms(
    ofFolded folded: UnsafeBufferPointer<UInt8>, to terms: inout [UInt8]
  ) {
    guard let input = folded.baseAddress, !folded.isEmpty else { return }
    // Each folded byte is written at most twice (in two pairs), as at most three bytes,
    // plus a `_` after each unit and a space before each term.
    let capacity = folded.count * 10 + 16
    let start = terms.count
    terms.append(contentsOf: repeatElement(0, count: capacity))
    // The units first, then one plain loop: a closure that wrote the bytes would capture the
    // write position, and Swift checks every access to a captured variable at run time.
    var units: [Range<Int>] = []
    units.reserveCapacity(folded.count)
    forEachUnit(ofFolded: folded) { range, _ in units.append(range) }
    let used = terms.withUnsafeMutableBufferPointer { buffer -> Int in
      guard let out = buffer.baseAddress else { return start }
      var written = start
      for (number, unit) in units.enumerated() {
        let isLast = number == units.count - 1
        guard number > 0 || isLast else { continue }
        if written > 0 {
          out[written] = UInt8(ascii: " ")
          written += 1
        }
        // The pair (previous unit, this unit); the last unit also stands alone.
        if number > 0 { put(units[number - 1], from: input, to: out, at: &written) }
        if number > 0 { put(unit, from: input, to: out, at: &written) }
        if isLast {
          if number > 0 {
            out[written] = UInt8(ascii: " ")
            written += 1
          }
          put(unit, from: input, to: out, at: &written)
        }
      }
      return written
    }
    terms.removeLast(terms.count - used)
  }

  /// Writes one unit as the tokenizer reads it, followed by `_`, at `written`.
  @inline(__always)
  private static func put(
    _ unit: Range<Int>, from input: UnsafePointer<UInt8>, to out: UnsafeMutablePointer<UInt8>,
    at written: inout Int
  ) {
    for offset in unit {
      let byte = input[offset]
      if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        out[written] = byte
        written += 1
      } else {
        out[written] = UInt8(ascii: ".")
        out[written + 1] = hexDigit(byte >> 4)
        out[written + 2] = hexDigit(byte & 0x0F)
        written += 3
      }
    }
    out[written] = UInt8(ascii: "_")
    written += 1
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// The lower-case hex digit of `value` (0–15).
  @inline(__always)
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? 0x30 + value : 0x57 + value
  }

  /// Appends one unit as the tokenizer reads it, followed by `_`.
  @inline(__always)
  private static func appendUnit<Bytes: Collection<UInt8>>(_ unit: Bytes, to terms: inout [UInt8]) {
    for byte in unit {
      if byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        terms.append(byte)
      } else {
        terms.append(UInt8(ascii: "."))
        terms.append(hexDigits[Int(byte >> 4)])
        terms.append(hexDigits[Int(byte & 0x0F)])
      }
    }
    terms.append(UInt8(ascii: "_"))
  }
}
