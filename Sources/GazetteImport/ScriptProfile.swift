/// How much of a text is in each writing system, to tell the language of an article and to
/// notice a paragraph in another script than the rest.
public struct ScriptProfile: Sendable, Equatable {
  /// Ideographs.
  public var han = 0
  /// Ideographs only Traditional Chinese writes.
  public var traditionalOnly = 0
  /// Ideographs only Simplified Chinese writes.
  public var simplifiedOnly = 0
  /// Hiragana and katakana.
  public var kana = 0
  /// Hangul syllables and jamo.
  public var hangul = 0
  /// Latin letters.
  public var latin = 0

  /// The profile of `text`.
  public init<S: StringProtocol>(_ text: S, readings: HanReadings = .shared) {
    for scalar in text.unicodeScalars { add(scalar, readings: readings) }
  }

  /// The profile of several texts together.
  public init<C: Collection>(combining texts: C, readings: HanReadings = .shared)
  where C.Element: StringProtocol {
    for text in texts {
      for scalar in text.unicodeScalars { add(scalar, readings: readings) }
    }
  }

  /// This profile without the text `other` profiles (a whole article without one paragraph).
  public func subtracting(_ other: ScriptProfile) -> ScriptProfile {
    var result = self
    result.han -= other.han
    result.traditionalOnly -= other.traditionalOnly
    result.simplifiedOnly -= other.simplifiedOnly
    result.kana -= other.kana
    result.hangul -= other.hangul
    result.latin -= other.latin
    return result
  }

  private mutating func add(_ scalar: Unicode.Scalar, readings: HanReadings) {
    let value = scalar.value
    if HanReadings.isIdeograph(scalar) {
      han += 1
      if readings.isTraditionalOnly(scalar) { traditionalOnly += 1 }
      if readings.isSimplifiedOnly(scalar) { simplifiedOnly += 1 }
    } else if (0x3041...0x30FF).contains(value) || (0x31F0...0x31FF).contains(value)
      || (0xFF66...0xFF9D).contains(value)
    {
      if value != 0x30FB && value != 0x30FC { kana += 1 }  // ・ and ー appear in Chinese too.
    } else if (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value)
      || (0x3130...0x318F).contains(value)
    {
      hangul += 1
    } else if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
      || (0xC0...0x24F).contains(value)
    {
      latin += 1
    }
  }

  /// The main writing system, as the BCP 47 tag Gazette stores: `ja` when there is kana,
  /// `ko` when Hangul leads, `zh-Hant`/`zh-Hans` by the ideographs only one of them writes,
  /// nil when the text does not say (Latin letters could be any language).
  public var language: String? {
    let letters = han + kana + hangul + latin
    guard letters > 0 else { return nil }
    if hangul > 0 && hangul * 2 >= han + hangul && hangul >= kana { return "ko" }
    if kana > 0 && kana * 20 >= han + kana { return "ja" }
    if han * 2 >= letters {
      if traditionalOnly > simplifiedOnly * 2 && traditionalOnly >= 2 { return "zh-Hant" }
      if simplifiedOnly > traditionalOnly * 2 && simplifiedOnly >= 2 { return "zh-Hans" }
      return nil
    }
    return nil
  }

  /// The writing system, coarsely: `han`, `kana`, `hangul`, `latin`, or nil for no letters.
  public var dominantScript: String? {
    let counts = [("han", han), ("kana", kana), ("hangul", hangul), ("latin", latin)]
    guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
    // Japanese mixes kanji and kana: any real share of kana makes it Japanese.
    if kana * 5 >= han + kana && kana > 0 && best.0 == "han" { return "kana" }
    return best.0
  }
}
