/// The packed properties of one Unicode scalar, as one record of the generated table.
///
/// Bit layout (written by `Scripts/generate-unicode-tables.py`):
/// - bits 0–1: terminal columns (glibc `wcwidth`; for a non-printable scalar, the columns of the
///   substitute the sanitiser draws instead)
/// - bit 2: glibc `wcwidth` reports -1 (not printable)
/// - bits 3–8: `LineBreakClass`
/// - bit 9: East_Asian_Width is F, W or H
/// - bits 10–13: `GraphemeBreakProperty`
/// - bit 14: Extended_Pictographic; bit 15: Extended_Pictographic and unassigned
/// - bits 16–18: `SanitizeAction`
/// - bit 19: Emoji_Modifier; bit 20: a dash kept in pairs in CJK text (U+2014, U+2015, ...)
struct ScalarProperties: Hashable, Sendable {
  /// What the sanitiser does with a scalar beyond the control and printability rules.
  enum SanitizeAction: UInt8, Sendable {
    /// Kept as it is.
    case keep = 0
    /// An invisible format character that takes no cell: dropped (ZWSP, BOM, soft hyphen, ...).
    case drop
    /// A bidi embedding, override, isolate or mark: shown as a visible substitute.
    case bidiControl
    /// U+2028 / U+2029: becomes a newline.
    case lineSeparator
    /// U+200D ZERO WIDTH JOINER: kept or dropped by the width policy.
    case joiner
    /// U+FE0F VARIATION SELECTOR-16: kept or dropped by the width policy.
    case emojiVariation
  }

  /// The packed record.
  var bits: UInt32

  /// Terminal columns of the scalar (0, 1 or 2); for a non-printable one, of its substitute.
  @inline(__always) var width: Int { Int(truncatingIfNeeded: bits & 3) }

  /// Whether glibc `wcwidth` accepts the scalar (reports a width, not -1).
  @inline(__always) var isPrintable: Bool { bits & 4 == 0 }

  /// The line-break class after LB1.
  @inline(__always) var lineBreakClass: LineBreakClass {
    LineBreakClass.fromTable(UInt8(truncatingIfNeeded: (bits &>> 3) & 0x3F))
  }

  /// Whether East_Asian_Width is Fullwidth, Wide or Halfwidth (UAX #14's $EastAsian).
  @inline(__always) var isEastAsian: Bool { bits & (1 &<< 9) != 0 }

  /// The grapheme-cluster-break property.
  @inline(__always) var graphemeBreak: GraphemeBreakProperty {
    GraphemeBreakProperty(rawValue: UInt8(truncatingIfNeeded: (bits &>> 10) & 0xF)) ?? .other
  }

  /// The raw grapheme-cluster-break value, for mask lookups.
  @inline(__always) var graphemeBreakRaw: Int { Int(truncatingIfNeeded: (bits &>> 10) & 0xF) }

  /// Whether the scalar is Extended_Pictographic.
  @inline(__always) var isPictographic: Bool { bits & (1 &<< 14) != 0 }

  /// Whether the scalar is an unassigned Extended_Pictographic code point (UAX #14 LB30b).
  @inline(__always) var isUnassignedPictographic: Bool { bits & (1 &<< 15) != 0 }

  /// What the sanitiser does with the scalar.
  @inline(__always) var sanitizeAction: SanitizeAction {
    SanitizeAction(rawValue: UInt8(truncatingIfNeeded: (bits &>> 16) & 7)) ?? .keep
  }

  /// Whether the scalar is an emoji skin-tone modifier.
  @inline(__always) var isEmojiModifier: Bool { bits & (1 &<< 19) != 0 }

  /// Whether the scalar is a dash that CJK text keeps in pairs (——, ――).
  @inline(__always) var isPairedDash: Bool { bits & (1 &<< 20) != 0 }

  /// Whether the scalar passes through the sanitiser untouched and starts or extends a cell
  /// without any rule looking at it: printable, kept, at least one column wide.
  @inline(__always) var isPlain: Bool { bits & 0x7_0004 == 0 && bits & 3 != 0 }
}
