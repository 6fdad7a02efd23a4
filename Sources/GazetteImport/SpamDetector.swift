/// Finds paragraphs injected into a page by SEO spam, by named rules (`SpamRule`), never by
/// words: a run of short comma-separated phrases, with no sentence punctuation, that is also
/// in another script than the article or shows stuffing patterns.
public struct SpamDetector: Sendable {
  /// The longest phrase (in characters) a keyword list holds.
  static let maxPhraseLength = 24
  /// The fewest phrases that make a keyword list.
  static let minPhrases = 3

  private let readings: HanReadings

  /// Creates a detector.
  public init(readings: HanReadings = .shared) {
    self.readings = readings
  }

  /// The rules `paragraph` matches, when they are enough to call it spam; nil otherwise.
  ///
  /// `article` is the profile of the article's other paragraphs (and title).
  public func verdict(_ paragraph: String, article: ScriptProfile) -> [SpamRule]? {
    var rules: [SpamRule] = []
    let phrases = paragraph.split(whereSeparator: { Self.listSeparators.contains($0) })
      .map { $0.trimming("-—~=_") }
      .filter { !$0.isEmpty }
    guard phrases.count >= Self.minPhrases,
      phrases.allSatisfy({ $0.count <= Self.maxPhraseLength })
    else { return nil }
    rules.append(.keywordList)
    guard !paragraph.contains(where: { Self.sentencePunctuation.contains($0) }) else { return nil }
    rules.append(.noSentence)
    if isOtherScript(ScriptProfile(paragraph, readings: readings), than: article) {
      rules.append(.otherScript)
    }
    if hasRepetition(paragraph) { rules.append(.repetition) }
    return rules.count >= 3 ? rules : nil
  }

  private static let listSeparators: Set<Character> = [",", "，", "、", "|", "｜", "丨", ";"]
  private static let sentencePunctuation: Set<Character> = [
    "。", "！", "？", "；", "．", ".", "!", "?", "：", ":", "」", "』", "”", "\"",
  ]

  private func isOtherScript(_ paragraph: ScriptProfile, than article: ScriptProfile) -> Bool {
    guard let own = paragraph.dominantScript, let theirs = article.dominantScript else {
      return false
    }
    if own != theirs { return true }
    guard own == "han" else { return false }
    let articleTraditional = article.traditionalOnly > article.simplifiedOnly * 2
    let articleSimplified = article.simplifiedOnly > article.traditionalOnly * 2
    if articleTraditional && paragraph.simplifiedOnly > paragraph.traditionalOnly
      && paragraph.simplifiedOnly >= 2
    {
      return true
    }
    if articleSimplified && paragraph.traditionalOnly > paragraph.simplifiedOnly
      && paragraph.traditionalOnly >= 2
    {
      return true
    }
    return false
  }

  private func hasRepetition(_ paragraph: String) -> Bool {
    var previous: Character?
    var run = 0
    for character in paragraph {
      run = character == previous ? run + 1 : 1
      previous = character
      let isFiller = "-—~=_".contains(character)
      if (character.isLetter && run >= 4) || (isFiller && run >= 3) { return true }
    }
    return false
  }
}
