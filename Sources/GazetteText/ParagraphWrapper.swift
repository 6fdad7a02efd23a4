/// Wraps a paragraph: one pass over its UTF-8 that finds grapheme clusters, their widths and
/// the line-break opportunities between them, and feeds them to a `LineFitter`.
///
/// Cluster boundaries come from a pair test on the generated grapheme-break property; only when
/// the next scalar might extend the cluster (a mark, a joiner, Hangul jamo, a regional
/// indicator pair) does the scan ask Swift's `Character` machinery where the cluster ends, so
/// the lines always agree with Swift's `Character`s.
enum ParagraphWrapper {
  /// A line as a byte range of the paragraph's UTF-8 and its width in columns.
  struct Line: Hashable, Sendable {
    /// Offset of the line's first byte.
    var start: Int
    /// Offset after the line's last byte (dropped spaces excluded).
    var end: Int
    /// Columns, tabs expanded.
    var width: Int
  }

  /// Classes that never start a line under the strict rules (LB13 and the kinsoku tailoring).
  static var avoidLineStart: UInt64 {
    LineBreaker.neverBefore | LineBreaker.strictNeverStart
  }

  /// The lines of `paragraph` at `width` columns (at least 1).
  static func lines(of paragraph: String, width: Int, policy: WidthPolicy) -> [Line] {
    let limit = min(max(1, width), Int(Int32.max))
    if let lines = paragraph.utf8.withContiguousStorageIfAvailable({ bytes in
      scan(paragraph, bytes: bytes, limit: limit, policy: policy)
    }) {
      return lines
    }
    // Only a string that is not native UTF-8 gets here; a native copy has the same offsets.
    let native = String(decoding: Array(paragraph.utf8), as: UTF8.self)
    let lines = native.utf8.withContiguousStorageIfAvailable { bytes in
      scan(native, bytes: bytes, limit: limit, policy: policy)
    }
    return lines ?? [Line(start: 0, end: 0, width: 0)]
  }

  private static func scan(
    _ paragraph: String, bytes: UnsafeBufferPointer<UInt8>, limit: Int, policy: WidthPolicy
  ) -> [Line] {
    var fitter = LineFitter(limit: limit, bytes: bytes)
    let count = bytes.count
    guard count > 0 else { return fitter.finish() }
    let table = PropertyTable.shared
    return GraphemeBreakProperty.mayJoinMasks.withUnsafeBufferPointer { mayJoin in
      fill(&fitter, from: paragraph, bytes: bytes, table: table, mayJoin: mayJoin, policy: policy)
    }
  }

  /// The scan proper: clusters, widths and opportunities of `bytes`, fed to `fitter`.
  @inline(__always)
  private static func fill(
    _ fitter: inout LineFitter, from paragraph: String, bytes: UnsafeBufferPointer<UInt8>,
    table: PropertyTable, mayJoin: UnsafeBufferPointer<UInt16>, policy: WidthPolicy
  ) -> [Line] {
    let count = bytes.count
    var breaker = LineBreaker(cjkStrict: true)
    // URLs decide their own breaks: none inside one that fits, else only after / ? & # -.
    // Punctuation that cannot start a line (the 。 after a URL) must fit beside it.
    let urls = URLSpan.find(in: bytes)
    let urlsBreakable = urls.map { url in
      url.width + leadingWidth(bytes, from: url.end, table, of: avoidLineStart) > fitter.limit
    }
    var urlIndex = 0

    // The cluster being built.
    var clusterStart = 0
    var measure = WidthPolicy.ClusterMeasure(policy: policy)
    var clusterBreakAllowed = false
    var clusterClass = LineBreakClass.alphabetic
    var clusterScalarCount = 0
    var clusterFirstValue: UInt32 = 0
    var clusterIsPairedDash = false
    var previousIsPairedDash = false
    // The grapheme properties that might join the previous scalar (see `mayJoinMasks`); 0 when
    // the next scalar certainly starts a cluster.
    var previousJoinMask: UInt16 = 0
    var offset = 0

    while true {
      // One round past the last scalar commits the last cluster.
      let atEnd = offset >= count
      let (value, length) = atEnd ? (0, 0) : UTF8Scalar.decode(bytes, at: offset)
      let properties = table.properties(of: value)
      let grapheme = properties.graphemeBreakRaw
      // A scalar the table does not know (unassigned in Unicode 15.0) may be a mark or a
      // prepend to a Swift that follows a newer Unicode: only Swift can place the boundary.
      let unknown = !properties.isPrintable && value >= 0xA0
      if !atEnd && (previousJoinMask & (1 &<< UInt16(grapheme)) != 0 || (unknown && offset > 0)) {
        // Possibly inside a cluster: let Swift say where the cluster ends.
        let end = swiftClusterEnd(paragraph, from: clusterStart)
        if end > offset {
          var inner = offset
          while inner < end {
            let (innerValue, innerLength) = UTF8Scalar.decode(bytes, at: inner)
            let innerProperties = table.properties(of: innerValue)
            _ = breaker.advance(lineBreakClass(innerValue, innerProperties), innerProperties)
            measure.add(innerValue, innerProperties)
            clusterScalarCount &+= 1
            inner &+= innerLength
          }
          offset = end
          previousJoinMask = 0
          continue
        }
      }
      // `offset` starts a new cluster (or is the end): the cluster before it is complete.
      let lineBreakClass = lineBreakClass(value, properties)
      if offset > 0 {
        let kind: LineFitter.Kind
        if clusterClass.isIn(LineBreaker.hardBreaks) {
          kind = .newline
        } else if clusterScalarCount == 1
          && (clusterFirstValue == 0x20 || clusterFirstValue == 0x09)
        {
          kind = .whitespace
        } else {
          kind = .text
        }
        fitter.add(
          start: clusterStart, end: offset, width: measure.width, kind: kind,
          breakAllowed: clusterBreakAllowed,
          lineStartPenalty: lineStartPenalty(
            clusterFirstValue, clusterClass,
            afterPairedDash: clusterIsPairedDash && previousIsPairedDash),
          avoidsLineEnd: clusterClass.isIn(LineBreaker.strictNeverEnd),
          followingWidth: !atEnd && lineBreakClass.isIn(avoidLineStart) ? properties.width : 0)
        previousIsPairedDash = clusterIsPairedDash
      }
      if atEnd { break }
      switch breaker.advance(lineBreakClass, properties) {
      case .allowed, .mandatory:
        clusterBreakAllowed = true
      case .prohibited:
        clusterBreakAllowed = false
      case .prohibitedBeforeNumber:
        clusterBreakAllowed =
          nextUnitClass(bytes, after: offset &+ length, table) != .numeric
      }
      if urlIndex < urls.count {
        while urlIndex < urls.count && urls[urlIndex].end <= offset { urlIndex &+= 1 }
        if urlIndex < urls.count && urls[urlIndex].start < offset {
          let url = urls[urlIndex]
          clusterBreakAllowed =
            urlsBreakable[urlIndex] && url.allowsBreak(before: offset, in: bytes)
        }
      }
      clusterStart = offset
      clusterClass = lineBreakClass
      clusterFirstValue = value
      clusterScalarCount = 1
      clusterIsPairedDash = properties.isPairedDash
      measure = WidthPolicy.ClusterMeasure(policy: policy)
      measure.add(value, properties)
      previousJoinMask = unknown ? UInt16.max : mayJoin[grapheme]
      offset &+= length
    }
    return fitter.finish()
  }

  /// How bad it is for a cluster starting with `value` to start a line: 2 for the clause and
  /// sentence punctuation readers notice most (、。，． and their ASCII and halfwidth
  /// equivalents, ：；？！), 1 for the other characters kinsoku keeps off a line start
  /// (closing brackets and quotes, small kana, ー, iteration marks, the second of a dash pair),
  /// 0 otherwise.
  @inline(__always)
  private static func lineStartPenalty(
    _ value: UInt32, _ lineBreakClass: LineBreakClass, afterPairedDash: Bool
  ) -> UInt8 {
    if afterPairedDash { return 1 }
    guard lineBreakClass.isIn(avoidLineStart) else { return 0 }
    switch value {
    case 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B,
      0xFF1F, 0xFF01, 0xFF61, 0xFF64:
      return 2
    default:
      return 1
    }
  }

  /// The class the wrapper's breaker sees: a tab is a space (it hangs and is dropped at a break).
  @inline(__always)
  private static func lineBreakClass(_ value: UInt32, _ properties: ScalarProperties)
    -> LineBreakClass
  {
    value == 0x09 ? .space : properties.lineBreakClass
  }

  /// The columns of the scalars from `offset` on whose classes are all in `classes`.
  static func leadingWidth(
    _ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, _ table: PropertyTable,
    of classes: UInt64
  ) -> Int {
    var offset = offset
    var width = 0
    while offset < bytes.count {
      let (value, length) = UTF8Scalar.decode(bytes, at: offset)
      let properties = table.properties(of: value)
      guard properties.lineBreakClass.isIn(classes) else { break }
      width &+= properties.width
      offset &+= length
    }
    return width
  }

  /// The class of the next scalar at or after `offset` that is not a combining mark or joiner.
  private static func nextUnitClass(
    _ bytes: UnsafeBufferPointer<UInt8>, after offset: Int, _ table: PropertyTable
  ) -> LineBreakClass? {
    var offset = offset
    while offset < bytes.count {
      let (value, length) = UTF8Scalar.decode(bytes, at: offset)
      let lineBreakClass = table.properties(of: value).lineBreakClass
      if lineBreakClass != .combiningMark && lineBreakClass != .zeroWidthJoiner {
        return lineBreakClass
      }
      offset &+= length
    }
    return nil
  }

  /// Byte offset where Swift's `Character` that starts at byte `start` ends.
  private static func swiftClusterEnd(_ paragraph: String, from start: Int) -> Int {
    let utf8 = paragraph.utf8
    let index = utf8.index(utf8.startIndex, offsetBy: start)
    let next = paragraph.index(after: index)
    return utf8.distance(from: utf8.startIndex, to: next)
  }
}
