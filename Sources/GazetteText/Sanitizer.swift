/// Rewrites untrusted text so that nothing in it can act on a terminal and every grapheme
/// cluster except newline and tab takes at least one cell.
///
/// - C0 controls become Control Pictures (ESC → ␛, NUL → ␀), DEL → ␡; C1 controls → U+FFFD.
/// - CR LF and a lone CR become LF; U+2028 and U+2029 become LF.
/// - Bidi embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069, LRM, RLM,
///   ALM) become U+FFFD: visible, and never obeyed by the terminal (CVE-2021-42574).
/// - Invisible format characters (ZWSP, word joiner, BOM, soft hyphen, ...) are dropped.
/// - Scalars glibc `wcwidth` rejects (unassigned, noncharacters, scalars newer than glibc's
///   Unicode 14 tables) become U+3013 〓 when their East Asian width is wide, else U+FFFD, so
///   the text keeps its shape.
/// - A combining mark with nothing to combine with (at the start, after a newline, tab or
///   control) gets U+25CC ◌ as its base; a Hangul medial or final jamo gets the Hangul fillers.
/// - ZWJ and VS16 are kept or dropped as `WidthPolicy` decides.
/// - At most `TextLayout.maxZeroWidthScalarsPerCell` zero-width scalars are kept after one
///   spacing scalar; the rest of the run is dropped (a terminal would show none of them).
enum Sanitizer {
  /// Whether `value` is a C0 control, DEL or a C1 control.
  @inline(__always)
  static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (value >= 0x7F && value < 0xA0)
  }

  /// The visible substitute drawn for a control character or a scalar `wcwidth` rejects.
  static func substitute(for value: UInt32, _ properties: ScalarProperties) -> Unicode.Scalar {
    if value < 0x20 { return Unicode.Scalar(0x2400 + value) ?? "\u{FFFD}" }
    if value == 0x7F { return "\u{2421}" }
    return properties.width == 2 && !isControl(value) ? "\u{3013}" : "\u{FFFD}"
  }

  /// The sanitised text; `singleLine` turns newlines and tabs into spaces.
  static func sanitize(_ text: String, policy: WidthPolicy, singleLine: Bool) -> String {
    var contiguous = text
    let rewritten = contiguous.withUTF8 { bytes in
      rewrite(bytes, policy: policy, singleLine: singleLine)
    }
    guard let rewritten else { return text }
    return String(decoding: rewritten, as: UTF8.self)
  }

  /// The rewritten UTF-8, or nil when the text is already safe as it is.
  private static func rewrite(
    _ bytes: UnsafeBufferPointer<UInt8>, policy: WidthPolicy, singleLine: Bool
  ) -> [UInt8]? {
    var writer = Writer(bytes: bytes)
    let table = PropertyTable.shared
    let count = bytes.count
    // The last scalar written, and whether a combining mark may attach to it.
    var lastValue: UInt32 = 0x0A
    var hasBase = false
    var baseWidth = 0
    // Zero-width scalars kept since the last spacing scalar, against the per-cell cap.
    let cap = TextLayout.maxZeroWidthScalarsPerCell
    var zeroWidthKept = 0
    // The look-ahead past a run of joiners, computed once per run.
    var lookAheadValidBefore = 0
    var lookAhead: ScalarProperties?
    var offset = 0
    while offset < count {
      let byte = bytes[offset]
      if byte >= 0x20 && byte < 0x7F {
        // Printable ASCII, the bulk of most text: nothing to decide.
        offset &+= 1
        while offset < count && bytes[offset] >= 0x20 && bytes[offset] < 0x7F { offset &+= 1 }
        lastValue = UInt32(bytes[offset &- 1])
        hasBase = true
        baseWidth = 1
        zeroWidthKept = 0
        continue
      }
      let (value, length) = UTF8Scalar.decode(bytes, at: offset)
      let properties = table.properties(of: value)
      defer { offset &+= length }
      if isControl(value) {
        switch value {
        case 0x0A:
          if singleLine { writer.replace(offset, length, with: " ") }
        case 0x0D:
          if offset &+ 1 < count && bytes[offset &+ 1] == 0x0A {
            writer.drop(offset, length)
          } else {
            writer.replace(offset, length, with: singleLine ? " " : "\n")
          }
        case 0x09:
          if singleLine { writer.replace(offset, length, with: " ") }
        default:
          writer.replace(offset, length, with: substitute(for: value, properties))
        }
        lastValue = 0x0A
        hasBase = false
        zeroWidthKept = 0
        continue
      }
      if properties.isPlain {
        lastValue = value
        hasBase = true
        baseWidth = properties.width
        zeroWidthKept = 0
        continue
      }
      switch properties.sanitizeAction {
      case .drop:
        writer.drop(offset, length)
      case .bidiControl:
        writer.replace(offset, length, with: "\u{FFFD}")
        lastValue = 0xFFFD
        hasBase = false
        zeroWidthKept = 0
      case .lineSeparator:
        writer.replace(offset, length, with: singleLine ? " " : "\n")
        lastValue = 0x0A
        hasBase = false
        zeroWidthKept = 0
      case .joiner:
        if offset >= lookAheadValidBefore {
          (lookAhead, lookAheadValidBefore) = nextKeptProperties(
            bytes, after: offset, baseWidth: hasBase ? baseWidth : 0, policy: policy, table)
        }
        let next = lookAhead
        // A joiner needs room for itself and for what it joins: kept in the last place, it
        // would be judged by a scalar the cap then drops, and a second pass would drop it.
        if hasBase && lastValue != 0x200D && zeroWidthKept &+ 2 <= cap
          && policy.keepsJoiner(after: lastValue, table.properties(of: lastValue), before: next)
        {
          lastValue = value
          zeroWidthKept &+= 1
        } else {
          writer.drop(offset, length)
        }
      case .emojiVariation:
        if hasBase && zeroWidthKept < cap
          && policy.keepsEmojiVariationSelector(afterBaseWidth: baseWidth)
        {
          lastValue = value
          zeroWidthKept &+= 1
        } else {
          writer.drop(offset, length)
        }
      case .keep:
        if !properties.isPrintable {
          let replacement = substitute(for: value, properties)
          writer.replace(offset, length, with: replacement)
          lastValue = replacement.value
          hasBase = true
          baseWidth = properties.width
          zeroWidthKept = 0
          break
        }
        // A zero-width scalar: give it a base when it would otherwise start a cluster.
        let base = missingBase(
          for: properties.graphemeBreak, hasBase: hasBase,
          after: table.properties(of: lastValue).graphemeBreak)
        if base != .none {
          writer.insert(base, before: offset)
          hasBase = true
          baseWidth = base == .dottedCircle ? 1 : 2
          zeroWidthKept = base.zeroWidthCount
        } else if zeroWidthKept >= cap {
          writer.drop(offset, length)
          break
        }
        lastValue = value
        zeroWidthKept &+= 1
      }
    }
    return writer.finish()
  }

  /// What to insert before a zero-width scalar so that it joins a cluster taking a cell.
  private enum MissingBase {
    /// Nothing: the scalar joins the cluster before it.
    case none
    /// U+25CC DOTTED CIRCLE, the conventional base of a lone combining mark.
    case dottedCircle
    /// U+115F HANGUL CHOSEONG FILLER, for a lone medial vowel.
    case choseongFiller
    /// U+115F U+1160 (choseong and jungseong fillers), for a lone final consonant.
    case choseongAndJungseongFillers

    var scalars: [UInt32] {
      switch self {
      case .none: return []
      case .dottedCircle: return [0x25CC]
      case .choseongFiller: return [0x115F]
      case .choseongAndJungseongFillers: return [0x115F, 0x1160]
      }
    }

    /// How many of `scalars` are zero-width (the jungseong filler U+1160 is), so they count
    /// against the per-cell cap as they will when the output is sanitised again.
    var zeroWidthCount: Int { self == .choseongAndJungseongFillers ? 1 : 0 }
  }

  /// The base a zero-width scalar with property `property` needs after a scalar with property
  /// `previous` (`hasBase`: whether that scalar can carry marks at all).
  private static func missingBase(
    for property: GraphemeBreakProperty, hasBase: Bool, after previous: GraphemeBreakProperty
  ) -> MissingBase {
    switch property {
    case .hangulV:
      let joins =
        hasBase && (previous == .hangulL || previous == .hangulV || previous == .hangulLV)
      return joins ? .none : .choseongFiller
    case .hangulT:
      let joins =
        hasBase
        && (previous == .hangulV || previous == .hangulT || previous == .hangulLV
          || previous == .hangulLVT)
      return joins ? .none : .choseongAndJungseongFillers
    default:
      return hasBase ? .none : .dottedCircle
    }
  }

  /// Properties of the first scalar after `offset` that the sanitiser keeps and that is not a
  /// joiner (so that a run of joiners is judged by what will follow the whole run once
  /// sanitised), and that scalar's offset.
  ///
  /// Skipped: format characters, joiners, and VARIATION SELECTOR-16s the policy drops after a
  /// base of `baseWidth` columns (a joiner does not change the base, so neither does the run).
  private static func nextKeptProperties(
    _ bytes: UnsafeBufferPointer<UInt8>, after offset: Int, baseWidth: Int, policy: WidthPolicy,
    _ table: PropertyTable
  ) -> (ScalarProperties?, Int) {
    let dropsVariationSelector = !policy.keepsEmojiVariationSelector(afterBaseWidth: baseWidth)
    var offset = offset
    while offset < bytes.count {
      let (value, length) = UTF8Scalar.decode(bytes, at: offset)
      let properties = table.properties(of: value)
      switch properties.sanitizeAction {
      case .drop, .joiner: break
      case .emojiVariation where dropsVariationSelector: break
      default: return (properties, offset)
      }
      offset &+= length
    }
    return (nil, offset)
  }

  /// Builds the output lazily: nothing is copied until the first change.
  private struct Writer {
    let bytes: UnsafeBufferPointer<UInt8>
    private var output: [UInt8] = []
    private var copied = 0
    private var changed = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    private mutating func copy(upTo offset: Int) {
      if !changed {
        changed = true
        output.reserveCapacity(bytes.count + bytes.count / 8 + 16)
      }
      if copied < offset {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<offset]))
      }
    }

    mutating func replace(_ offset: Int, _ length: Int, with scalar: Unicode.Scalar) {
      copy(upTo: offset)
      UTF8Scalar.append(scalar.value, to: &output)
      copied = offset + length
    }

    mutating func drop(_ offset: Int, _ length: Int) {
      copy(upTo: offset)
      copied = offset + length
    }

    mutating func insert(_ base: MissingBase, before offset: Int) {
      copy(upTo: offset)
      for value in base.scalars { UTF8Scalar.append(value, to: &output) }
      copied = offset
    }

    mutating func finish() -> [UInt8]? {
      guard changed else { return nil }
      copy(upTo: bytes.count)
      return output
    }
  }
}
