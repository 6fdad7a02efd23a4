/// Simplified ⇄ Traditional folding: every character of a variant class (盘/盤, 发/發/髮) maps to
/// one key, the class's smallest code point, so that search treats the class as one character.
///
/// Built once from `ChineseVariantData` (generated from Unihan's `kSimplifiedVariant` and
/// `kTraditionalVariant`). Lookups for the common ideograph blocks are one array read.
final class ChineseVariants: @unchecked Sendable {
  /// The table, built on first use.
  static let shared = ChineseVariants()

  /// The first scalar of the flat table (CJK Extension A).
  static let flatStart: UInt32 = 0x3400
  /// The end of the flat table (after CJK Unified Ideographs).
  static let flatEnd: UInt32 = 0xA000

  // Written once in `init`, only read afterwards (hence `@unchecked Sendable`).

  /// For each scalar in `flatStart..<flatEnd`: its key, or 0 when it folds to itself.
  let flatKeys: UnsafePointer<UInt16>
  /// Keys of the members outside the flat range.
  private let otherKeys: [UInt32: UInt32]

  private init() {
    let count = Int(ChineseVariants.flatEnd - ChineseVariants.flatStart)
    let flat = UnsafeMutablePointer<UInt16>.allocate(capacity: count)
    flat.initialize(repeating: 0, count: count)
    var other: [UInt32: UInt32] = [:]
    for line in ChineseVariantData.classes.split(separator: "\n") {
      let members = line.unicodeScalars.map(\.value)
      guard let key = members.first else { continue }
      for member in members.dropFirst() {
        if member >= ChineseVariants.flatStart && member < ChineseVariants.flatEnd
          && key < 0x10000
        {
          flat[Int(member - ChineseVariants.flatStart)] = UInt16(key)
        } else {
          other[member] = key
        }
      }
    }
    flatKeys = UnsafePointer(flat)
    otherKeys = other
  }

  /// The key `value` folds to: the smallest member of its variant class, or itself.
  @inline(__always)
  func key(of value: UInt32) -> UInt32 {
    if value >= ChineseVariants.flatStart && value < ChineseVariants.flatEnd {
      let key = flatKeys[Int(value - ChineseVariants.flatStart)]
      return key == 0 ? value : UInt32(key)
    }
    return otherKeys[value] ?? value
  }

  /// Whether `value` belongs to a class and is not its key (so folding changes it).
  func isFolded(_ value: UInt32) -> Bool {
    key(of: value) != value
  }

  /// The members outside the flat range that fold to another character, with their keys.
  var distantMembers: [UInt32: UInt32] { otherKeys }
}
