/// Hanyu Pinyin syllables in one canonical form, so `xiàn`, `xian4` and `XIÀN` compare equal.
///
/// The canonical form is the toneless letters (ü written `v`) followed by the tone number, 1–4,
/// or 5 for the neutral tone (no mark and no number): `xiàn` → `xian4`, `lǜ` → `lv4`, `de` →
/// `de5`.
public enum PinyinSyllable {
  /// The canonical form of `text`, or nil when it is not shaped like one pinyin syllable
  /// (letters a–z and ü only, at most one tone mark, an optional final tone number, 1–6 letters;
  /// without a tone, lower case only).
  public static func canonical<S: StringProtocol>(_ text: S) -> String? {
    var letters = ""
    var tone = 0
    var count = 0
    var sawDigit = false
    for scalar in text.unicodeScalars {
      if sawDigit { return nil }
      if let (base, mark) = toneMarks[scalar] {
        if mark > 0 {
          if tone != 0 { return nil }
          tone = mark
        }
        letters.unicodeScalars.append(base)
        count += 1
      } else if let mark = combiningTones[scalar.value], count > 0 {
        // Text in NFD writes the tone as a combining mark after the vowel.
        if tone != 0 { return nil }
        tone = mark
      } else if scalar.value >= 0x31 && scalar.value <= 0x35 {
        if tone != 0 || count == 0 { return nil }
        tone = Int(scalar.value - 0x30)
        sawDigit = true
      } else {
        return nil
      }
      if count > 6 { return nil }
    }
    // Without a tone, only lower case counts: a capitalised word is a romanised name (`李(Li)`).
    if tone == 0, text.unicodeScalars.first.map({ $0.properties.isUppercase }) == true {
      return nil
    }
    guard count > 0,
      letters.unicodeScalars.contains(where: { "aeiouvmn".unicodeScalars.contains($0) })
    else { return nil }
    return letters + String(tone == 0 ? 5 : tone)
  }

  private static let combiningTones: [UInt32: Int] = [0x304: 1, 0x301: 2, 0x30C: 3, 0x300: 4]

  /// Letter → (base letter, tone 0–4), for a–z, ü, v, the tone-marked vowels and capitals.
  private static let toneMarks: [Unicode.Scalar: (Unicode.Scalar, Int)] = {
    var table: [Unicode.Scalar: (Unicode.Scalar, Int)] = [:]
    for value in UInt32(0x61)...0x7A {
      let scalar = Unicode.Scalar(value)!
      table[scalar] = (scalar, 0)
      table[Unicode.Scalar(value - 0x20)!] = (scalar, 0)
    }
    let marked: [(String, Unicode.Scalar)] = [
      ("āáǎà", "a"), ("ēéěè", "e"), ("īíǐì", "i"), ("ōóǒò", "o"), ("ūúǔù", "u"), ("ǖǘǚǜ", "v"),
      ("ĀÁǍÀ", "a"), ("ĒÉĚÈ", "e"), ("ĪÍǏÌ", "i"), ("ŌÓǑÒ", "o"), ("ŪÚǓÙ", "u"), ("ǕǗǙǛ", "v"),
    ]
    for (forms, base) in marked {
      for (index, scalar) in forms.unicodeScalars.enumerated() {
        table[scalar] = (base, index + 1)
      }
    }
    // ḿ is m with the second tone; ń/ň/ǹ are n with tones 2, 3, 4.
    table["ḿ"] = ("m", 2)
    table["ń"] = ("n", 2)
    table["ň"] = ("n", 3)
    table["ǹ"] = ("n", 4)
    table["ü"] = ("v", 0)
    table["Ü"] = ("v", 0)
    return table
  }()
}
