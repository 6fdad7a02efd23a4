import GazetteState

/// Another instance changed an article's reading state: which article (by arrival index) and
/// its state now.
struct ReadingStateChange: Hashable, Sendable {
  /// Arrival index of the article.
  var article: Int32
  /// The article's id (`nil`: not checked), so a change found on a list since replaced is
  /// not applied to whatever article has that index now.
  var id: String? = nil
  /// The article's state after merging the other instance's change.
  var state: ArticleReadingState
}
