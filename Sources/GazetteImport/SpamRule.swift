/// A named property of injected SEO spam.
///
/// A paragraph is flagged when it matches `keywordList`, `noSentence` and at least one of the
/// others (`SpamDetector`).
public enum SpamRule: String, Sendable, CaseIterable {
  /// Three or more short phrases separated by commas, `、` or `|`, as keyword stuffing is.
  case keywordList = "keyword-list"
  /// No sentence punctuation at all (。！？；: . ! ? ;), so not prose.
  case noSentence = "no-sentence"
  /// Written in another script than the article: Simplified in a Traditional article (or the
  /// reverse), or another writing system (Han, kana, Hangul, Latin) altogether.
  case otherScript = "other-script"
  /// Stuffing patterns: a letter repeated four or more times (`拍拍拍拍`), or a run of three
  /// or more dashes, tildes, equals signs or underscores (`----`).
  case repetition = "repetition"
}
