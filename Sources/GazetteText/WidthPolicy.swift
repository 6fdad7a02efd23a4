/// How many terminal columns text takes, how a grapheme cluster is split into cells, and how
/// emoji sequences are shown: the one place that decides what the screen will look like.
///
/// `terminal` is what glibc `wcwidth`, ncurses and tmux agree on, because ncurses places every
/// cell by `wcwidth` of each scalar:
/// - a cluster takes the sum of its scalars' widths (East Asian Wide and Fullwidth 2; marks,
///   format characters and Hangul medial/final jamo 0; everything else 1), so 👍🏽 takes 4
///   columns and a flag (two regional indicators) 2;
/// - a cluster with several spacing scalars is drawn as several cells, one per spacing scalar
///   with the zero-width scalars that follow it, exactly where ncurses would put them;
/// - the sanitiser drops U+200D ZERO WIDTH JOINER next to an emoji, so a ZWJ sequence becomes
///   the separate emoji every party counts the same (the family 👨‍👩‍👧‍👦 is 8 columns), and drops
///   U+FE0F VARIATION SELECTOR-16 after a base glibc counts as 1 column, so terminals draw the
///   1-column text presentation (❤️ becomes ❤, keycap 1️⃣ becomes 1⃣).
///
/// A policy for terminals that draw a whole emoji cluster in 2 cells would change `ClusterMeasure`,
/// `forEachCell(of:_:)` and the two `keeps…` decisions, and nothing else.
public struct WidthPolicy: Hashable, Sendable {
  /// The policy that matches ncurses, glibc and tmux on Linux: the sum of `wcwidth` per scalar.
  public static let terminal = WidthPolicy()

  /// Columns of one scalar drawn on its own.
  ///
  /// That is its `wcwidth`; for a control or another scalar `wcwidth` rejects, the columns of
  /// the visible substitute the sanitiser draws instead. A tab counts 8 (as at column 0), a
  /// newline or carriage return 0.
  public func width(of scalar: Unicode.Scalar) -> Int {
    columns(of: scalar.value, PropertyTable.shared.properties(of: scalar.value))
  }

  /// Columns the grapheme cluster takes on the screen (0, 1, 2, or more for sequences).
  public func width(of character: Character) -> Int {
    let table = PropertyTable.shared
    var measure = ClusterMeasure(policy: self)
    for scalar in character.unicodeScalars {
      measure.add(scalar.value, table.properties(of: scalar.value))
    }
    return measure.width
  }

  /// Columns the text takes on one line; tabs advance to the next multiple of 8 and newlines
  /// take no column.
  public func width<S: StringProtocol>(of text: S) -> Int {
    let table = PropertyTable.shared
    let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
      var column = 0
      var offset = 0
      while offset < bytes.count {
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F {
          column &+= 1
          offset &+= 1
          continue
        }
        let (value, length) = UTF8Scalar.decode(bytes, at: offset)
        offset &+= length
        if value == 0x09 {
          column = (column / 8 + 1) * 8
        } else {
          column &+= columns(of: value, table.properties(of: value))
        }
      }
      return column
    }
    if let fast { return fast }
    var column = 0
    for scalar in text.unicodeScalars {
      if scalar.value == 0x09 {
        column = (column / 8 + 1) * 8
      } else {
        column += columns(of: scalar.value, table.properties(of: scalar.value))
      }
    }
    return column
  }

  /// Calls `body` for every cell the cluster occupies, with the cell's text and columns (1 or 2).
  ///
  /// Most clusters are one cell. A cluster with several spacing scalars (👍🏽, a flag) becomes
  /// one cell per spacing scalar, each with the zero-width scalars that follow it, which is how
  /// ncurses and tmux place it. Controls and other scalars `wcwidth` rejects become their
  /// visible substitutes; zero-width scalars with no spacing scalar before them, newlines and
  /// tabs (which `TextLayout.forEachCell` expands) take no cell.
  public func forEachCell(of character: Character, _ body: (Character, Int) -> Void) {
    let table = PropertyTable.shared
    let scalars = character.unicodeScalars
    var spacingCount = 0
    var needsRewrite = false
    var total = 0
    for scalar in scalars {
      let properties = table.properties(of: scalar.value)
      if Sanitizer.isControl(scalar.value) || !properties.isPrintable {
        needsRewrite = true
        break
      }
      if properties.width > 0 {
        spacingCount += 1
        total += properties.width
      } else if spacingCount == 0 {
        needsRewrite = true
        break
      }
    }
    if !needsRewrite && spacingCount == 1 {
      body(character, total)
      return
    }
    var cell = String.UnicodeScalarView()
    var cellWidth = 0
    for scalar in scalars {
      let value = scalar.value
      if value == 0x09 || value == 0x0A || value == 0x0D { continue }
      let properties = table.properties(of: value)
      if Sanitizer.isControl(value) || !properties.isPrintable {
        if cellWidth > 0 { body(Character(String(cell)), cellWidth) }
        cell = String.UnicodeScalarView()
        cellWidth = 0
        let substitute = Sanitizer.substitute(for: value, properties)
        body(Character(substitute), columns(of: value, properties))
      } else if properties.width == 0 {
        if cellWidth > 0 { cell.append(scalar) }
      } else {
        if cellWidth > 0 { body(Character(String(cell)), cellWidth) }
        cell = String.UnicodeScalarView(CollectionOfOne(scalar))
        cellWidth = properties.width
      }
    }
    if cellWidth > 0 { body(Character(String(cell)), cellWidth) }
  }

  // MARK: - The policy's decisions, shared by width, wrapping and sanitising

  /// Adds up the columns of a cluster scalar by scalar.
  struct ClusterMeasure {
    /// The policy measured for.
    let policy: WidthPolicy
    /// Columns so far.
    private(set) var width = 0

    /// Adds the scalar `value` with properties `properties`.
    @inline(__always)
    mutating func add(_ value: UInt32, _ properties: ScalarProperties) {
      width &+= policy.columns(of: value, properties)
    }
  }

  /// Columns of one scalar: see `width(of:)` for a scalar.
  @inline(__always)
  func columns(of value: UInt32, _ properties: ScalarProperties) -> Int {
    if value < 0x20 {
      if value == 0x09 { return 8 }
      return value == 0x0A || value == 0x0D ? 0 : 1
    }
    return properties.width
  }

  /// Whether the sanitiser keeps a ZERO WIDTH JOINER between `previous` (the scalar written
  /// before it) and `next` (the scalar after it in the input, if any).
  func keepsJoiner(
    after previous: UInt32, _ previousProperties: ScalarProperties,
    before next: ScalarProperties?
  ) -> Bool {
    let afterEmoji =
      previousProperties.isPictographic || previousProperties.isEmojiModifier
      || previous == 0xFE0F || previous == 0x20E3 || (0xE0020...0xE007F).contains(previous)
    return !afterEmoji && !(next?.isPictographic ?? false)
  }

  /// Whether the sanitiser keeps VARIATION SELECTOR-16 after a base of `baseWidth` columns.
  func keepsEmojiVariationSelector(afterBaseWidth baseWidth: Int) -> Bool {
    baseWidth >= 2
  }
}
