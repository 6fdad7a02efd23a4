/// What writing one article did (or, in a dry run, would do).
public enum WriteOutcome: Sendable, Equatable {
  /// A new file.
  case imported(path: String)
  /// The file already holds exactly this article.
  case unchanged(path: String)
  /// The file held an older version and was rewritten (`--update`).
  case updated(path: String)
  /// Nothing written, and why.
  case skipped(path: String, reason: String)
}
