/// One thing that happened while importing, for the report.
public enum ImportEvent: Sendable {
  /// An article was written, found unchanged, or skipped (see the outcome).
  /// `origin` is the file or URL (with `#N` for a feed's N-th item).
  case article(origin: String, cleaned: CleanedArticle, outcome: WriteOutcome, json: [UInt8])
  /// A whole source was skipped, with why.
  case skipped(origin: String, reason: String)
  /// A source failed, with why.
  case failed(origin: String, reason: String)
  /// A URL had not changed since the last import (HTTP 304).
  case notModified(origin: String)
  /// Something worth knowing that is not a problem (`encoding detected: GB18030`).
  case note(origin: String, message: String)
}
