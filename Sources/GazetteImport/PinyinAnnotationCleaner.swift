/// Removes pinyin a Simplified→Traditional converter left after the characters it converted.
///
/// A parenthesised group (`(…)` or `（…）`) is removed only when every word in it is a pinyin
/// syllable (tone marks or tone numbers), and the same number of ideographs stand right before
/// it, each read that way in Unihan (`kMandarin`, `kHanyuPinyin`, …): `現(xiàn)` → `現`,
/// `現在(xiàn zài)` → `現在`. Everything else is kept as written: `(2023)`, `(试行)`, `(xiàn)`
/// after a character not read *xiàn*, `(Beijing)`.
public struct PinyinAnnotationCleaner: Sendable {
  /// The most syllables one annotation may hold (a converter annotates one word at a time).
  static let maxSyllables = 4

  private let readings: HanReadings

  /// Creates a cleaner that checks readings in `readings`.
  public init(readings: HanReadings = .shared) {
    self.readings = readings
  }

  /// `text` without the annotations that read the characters before them, and those removed.
  public func clean(_ text: String) -> (text: String, removed: [PinyinAnnotation]) {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: { $0 == "(" || $0 == "（" }) else { return (text, []) }
    var output = String.UnicodeScalarView()
    var removed: [PinyinAnnotation] = []
    var copied = 0
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "(" || scalar == "（", let end = annotationEnd(scalars, open: index) {
        // Copy what precedes the annotation in one piece, then skip the annotation.
        output.append(contentsOf: scalars[copied..<index])
        let annotated = scalars[(index - end.syllables)..<index]
        removed.append(
          PinyinAnnotation(
            characters: String(String.UnicodeScalarView(annotated)),
            annotation: String(String.UnicodeScalarView(scalars[index...end.close]))))
        index = end.close + 1
        copied = index
        continue
      }
      index += 1
    }
    guard !removed.isEmpty else { return (text, []) }
    output.append(contentsOf: scalars[copied...])
    return (String(output), removed)
  }

  /// Where the annotation opening at `open` closes and how many syllables it holds, when it
  /// is a reading of the ideographs before it.
  private func annotationEnd(_ scalars: [Unicode.Scalar], open: Int) -> (
    close: Int, syllables: Int
  )? {
    let closing: Unicode.Scalar = scalars[open] == "(" ? ")" : "）"
    var close = open + 1
    // A syllable is at most 6 letters plus marks; a few per annotation.
    let limit = min(scalars.count, open + 2 + maxSyllablesLength)
    while close < limit && scalars[close] != closing { close += 1 }
    guard close < limit, close > open + 1 else { return nil }
    let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
    let words = inner.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" })
    guard !words.isEmpty, words.count <= Self.maxSyllables, words.count <= open else {
      return nil
    }
    let syllables = words.compactMap(PinyinSyllable.canonical)
    guard syllables.count == words.count else { return nil }
    for (offset, syllable) in syllables.enumerated() {
      let character = scalars[open - syllables.count + offset]
      guard HanReadings.isIdeograph(character), readings.reads(character, as: syllable) else {
        return nil
      }
    }
    return (close, syllables.count)
  }

  private var maxSyllablesLength: Int { Self.maxSyllables * 8 + 3 }
}
