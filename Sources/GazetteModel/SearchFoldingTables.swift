import Foundation

/// Per-character facts for search folding, computed once from the Unicode data of the standard
/// library (and Foundation's normalisation) the first time a search runs.
///
/// The fold of a character is NFC(case fold(width fold(NFC(c)))):
/// - width fold: fullwidth ASCII (Ａ１！) → ASCII, U+3000 → space, and the Halfwidth and
///   Fullwidth Forms block (ｶ, ﾞ, ﾡ, ￦) → its NFKC form, so ｶﾞ becomes ガ;
/// - case fold: Unicode full case folding (ß → ss, ẞ → ss, ς → σ, ﬁ → fi, К → к), computed as
///   lower(upper(lower(c))) for the characters that change when case folded (upper(c) for
///   Cherokee small letters, which fold to capitals);
/// - NFC, so text in any normalisation form folds the same;
/// - Simplified ⇄ Traditional: an ideograph with Simplified or Traditional variants folds to the
///   key of its variant class (`ChineseVariants`), so 盘锦 and 盤錦 fold alike, and 发 finds 發 and 髮.
final class SearchFoldingTables: @unchecked Sendable {
  /// The tables, built on first use.
  static let shared = SearchFoldingTables()

  /// The scalar folds to itself and never combines with a neighbour.
  static let simple: UInt8 = 1
  /// The scalar folds to something else (see `mapping(of:)`).
  static let mapped: UInt8 = 2
  /// The scalar, or what it folds to, combines with a neighbour: fold whole characters.
  static let composing: UInt8 = 4
  /// The scalar extends the character before it (a match must not end just before one).
  static let extending: UInt8 = 8

  /// Scalars below this have flags in `flags`; above it, rules in `flagsOutsideTable`.
  static let tableLimit: UInt32 = 0x20000

  // The tables are written once in `init` and only read afterwards (hence `@unchecked
  // Sendable`); they live as long as the process. Raw pointers keep the per-character lookups
  // of the matching loop free of bounds checks and reference counting.

  /// Flags of each scalar below `tableLimit`.
  let flagTable: UnsafePointer<UInt8>
  /// For each scalar below `tableLimit`: offset in `mappingBytes` << 8 | length of its fold.
  let mappingTable: UnsafePointer<UInt32>
  /// UTF-8 of every mapping, back to back.
  let mappingBytes: UnsafePointer<UInt8>
  /// Folds of mapped scalars at or above `tableLimit`.
  private let distantMappings: [UInt32: [UInt8]]
  /// The largest ratio of folded to original UTF-8 length of any scalar.
  let maxExpansion: Int

  private init() {
    var flags = [UInt8](repeating: 0, count: Int(SearchFoldingTables.tableLimit))
    var mappingBytes: [UInt8] = []
    var mappingRanges: [UInt32: Range<Int>] = [:]
    var distantMappings: [UInt32: [UInt8]] = [:]
    var maxExpansion = 1
    let variants = ChineseVariants.shared

    func record(_ value: UInt32, _ scalar: Unicode.Scalar) -> UInt8 {
      var flag: UInt8 = 0
      let properties = scalar.properties
      let extends = properties.canonicalCombiningClass.rawValue != 0 || properties.isGraphemeExtend
      if extends { flag |= SearchFoldingTables.extending }
      let category = properties.generalCategory
      let isMark =
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
      let isJamo =
        (0x1100...0x11FF).contains(value) || (0xA960...0xA97F).contains(value)
        || (0xD7B0...0xD7FF).contains(value)
      let inWidthBlock = value == 0x3000 || (0xFF00...0xFFEF).contains(value)
      let composes = extends || isMark || isJamo
      guard
        composes || inWidthBlock || properties.changesWhenNFKCCaseFolded
          || variants.isFolded(value)
      else {
        return SearchFoldingTables.simple
      }
      if composes { flag |= SearchFoldingTables.composing }
      let folded = SearchFoldingTables.foldedScalars(of: scalar)
      if folded.count != 1 || folded.first != scalar {
        flag |= SearchFoldingTables.mapped
        let start = mappingBytes.count
        for output in folded {
          UTF8.encode(output) { mappingBytes.append($0) }
          if SearchFoldingTables.isComposingOutput(output) { flag |= SearchFoldingTables.composing }
        }
        mappingRanges[value] = start..<mappingBytes.count
        let originalLength = UTF8.width(scalar)
        let expansion = (mappingBytes.count - start + originalLength - 1) / originalLength
        maxExpansion = max(maxExpansion, expansion)
      }
      return flag
    }

    for value in UInt32(0x80)..<SearchFoldingTables.tableLimit {
      // Ideographs and Hangul syllables (half the table) fold to themselves: skip the lookups.
      if (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xE000...0xF8FF).contains(value)
      {
        let key = variants.key(of: value)
        if key == value {
          flags[Int(value)] = SearchFoldingTables.simple
        } else if let keyScalar = Unicode.Scalar(key) {
          flags[Int(value)] = SearchFoldingTables.mapped
          let start = mappingBytes.count
          UTF8.encode(keyScalar) { mappingBytes.append($0) }
          mappingRanges[value] = start..<mappingBytes.count
        }
        continue
      }
      guard let scalar = Unicode.Scalar(value) else { continue }
      flags[Int(value)] = record(value, scalar)
    }
    for value in UInt32(0)..<0x80 {
      let isUpper = value >= 0x41 && value <= 0x5A
      flags[Int(value)] = isUpper ? SearchFoldingTables.mapped : SearchFoldingTables.simple
      if isUpper {
        mappingRanges[value] = mappingBytes.count..<(mappingBytes.count + 1)
        mappingBytes.append(UInt8(value + 0x20))
      }
    }
    // CJK compatibility ideographs beyond the table are singletons that NFC replaces.
    for value in UInt32(0x2F800)...0x2FA1F {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let folded = SearchFoldingTables.foldedScalars(of: scalar)
      guard folded.count != 1 || folded.first != scalar else { continue }
      var bytes: [UInt8] = []
      for output in folded { UTF8.encode(output) { bytes.append($0) } }
      distantMappings[value] = bytes
    }
    // Ideographs beyond the table that have a Simplified or Traditional variant.
    for (value, key) in variants.distantMembers where value >= SearchFoldingTables.tableLimit {
      guard let keyScalar = Unicode.Scalar(key) else { continue }
      var bytes: [UInt8] = []
      UTF8.encode(keyScalar) { bytes.append($0) }
      distantMappings[value] = bytes
    }

    let limit = Int(SearchFoldingTables.tableLimit)
    let flagTable = UnsafeMutablePointer<UInt8>.allocate(capacity: limit)
    flagTable.initialize(from: flags, count: limit)
    let mappingTable = UnsafeMutablePointer<UInt32>.allocate(capacity: limit)
    mappingTable.initialize(repeating: 0, count: limit)
    for (value, range) in mappingRanges {
      mappingTable[Int(value)] = UInt32(range.lowerBound) << 8 | UInt32(range.count)
    }
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(mappingBytes.count, 1))
    bytes.initialize(from: mappingBytes, count: mappingBytes.count)
    self.flagTable = UnsafePointer(flagTable)
    self.mappingTable = UnsafePointer(mappingTable)
    self.mappingBytes = UnsafePointer(bytes)
    self.distantMappings = distantMappings
    self.maxExpansion = max(maxExpansion, 4)
  }

  /// The flags of `value`.
  @inline(__always)
  func flags(of value: UInt32) -> UInt8 {
    if value < SearchFoldingTables.tableLimit { return flagTable[Int(value)] }
    return flagsOutsideTable(value)
  }

  /// The flags of a scalar at or above `tableLimit`.
  func flagsOutsideTable(_ value: UInt32) -> UInt8 {
    switch value {
    case 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x2F800...0x2FA1F, 0x30000...0x323AF:
      // CJK ideographs: no case, no composition; some NFC-replaced or Chinese variants.
      return distantMappings[value] == nil
        ? SearchFoldingTables.simple : SearchFoldingTables.mapped
    default:
      guard let scalar = Unicode.Scalar(value) else { return SearchFoldingTables.composing }
      let properties = scalar.properties
      if properties.canonicalCombiningClass.rawValue != 0 || properties.isGraphemeExtend {
        return SearchFoldingTables.composing | SearchFoldingTables.extending
      }
      return 0  // folds to itself (nothing case-folds up here) but is not known simple
    }
  }

  /// The UTF-8 of what `value` folds to, when it is mapped.
  @inline(__always)
  func mapping(of value: UInt32) -> UnsafeBufferPointer<UInt8>? {
    if value < SearchFoldingTables.tableLimit {
      let entry = mappingTable[Int(value)]
      guard entry != 0 else { return nil }
      return UnsafeBufferPointer(start: mappingBytes + Int(entry >> 8), count: Int(entry & 0xFF))
    }
    return nil
  }

  /// The UTF-8 of what a scalar at or above `tableLimit` folds to, when it is mapped.
  func distantMapping(of value: UInt32) -> [UInt8]? {
    distantMappings[value]
  }

  // MARK: - Building

  /// NFC(case fold(width fold(NFC(scalar)))) as scalars.
  private static func foldedScalars(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    var text = String(scalar).precomposedStringWithCanonicalMapping
    text = String(String.UnicodeScalarView(text.unicodeScalars.flatMap(widthFolded)))
    var folded = String.UnicodeScalarView()
    for part in text.unicodeScalars {
      folded.append(contentsOf: caseFolded(part))
    }
    let variants = ChineseVariants.shared
    return String(folded).precomposedStringWithCanonicalMapping.unicodeScalars.map {
      Unicode.Scalar(variants.key(of: $0.value)) ?? $0
    }
  }

  private static func widthFolded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    let value = scalar.value
    if value == 0x3000 { return [" "] }
    if value >= 0xFF01 && value <= 0xFF5E, let ascii = Unicode.Scalar(value - 0xFEE0) {
      return [ascii]
    }
    if value >= 0xFF5F && value <= 0xFFEF {
      return Array(String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars)
    }
    return [scalar]
  }

  private static func caseFolded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
    guard scalar.properties.changesWhenCaseFolded else { return [scalar] }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    let upper = lower.flatMap { $0.properties.uppercaseMapping.unicodeScalars }
    let folded = upper.flatMap { Array($0.properties.lowercaseMapping.unicodeScalars) }
    // Cherokee is the exception: its small letters fold to the capitals.
    if folded == [scalar] { return Array(scalar.properties.uppercaseMapping.unicodeScalars) }
    return folded
  }

  private static func isComposingOutput(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    let category = properties.generalCategory
    return properties.canonicalCombiningClass.rawValue != 0 || properties.isGraphemeExtend
      || category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
      || (0x1100...0x11FF).contains(scalar.value)
  }
}
