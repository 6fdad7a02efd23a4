import ArgumentParser
import GazetteModel
import GazetteState

/// `--unread`, `--flagged` and `--new`: narrow a selection by reading state (all must hold).
struct StateFilterOptions: ParsableArguments {
  @Flag(name: .long, help: "Only articles not read yet.")
  var unread = false

  @Flag(name: .long, help: "Only flagged articles.")
  var flagged = false

  @Flag(
    name: .long,
    help: "Only new articles: unread, and first seen after the reader last started.")
  var new = false

  /// Whether any of the three was given.
  var isActive: Bool { unread || flagged || new }

  /// Removes the articles that do not pass, in place: a filtered copy of 100,000 articles
  /// would cost ~20 MB at the peak.
  func apply(to articles: inout [Article], _ state: ReadingStateSnapshot) {
    guard isActive else { return }
    articles.removeAll { article in
      (unread && state.isRead(article.id)) || (flagged && !state.isFlagged(article.id))
        || (new && !state.isNew(article.id))
    }
  }
}
