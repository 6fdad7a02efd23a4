import GazetteModel

/// `mark-all-read` waiting for a yes: which articles it would mark.
struct MarkConfirmation: Hashable, Sendable {
  /// Arrival indices of the unread articles in the view when the key was pressed.
  var articles: [Int32]

  /// The question the status line asks.
  var question: String {
    let noun = articles.count == 1 ? "article" : "articles"
    return "Mark \(GroupedNumber.format(articles.count)) \(noun) in this view read? (y/n)"
  }
}
