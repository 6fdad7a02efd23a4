import Synchronization

/// Where background work leaves its results for the main loop, and counts what is running.
///
/// Posting and taking are thread-safe; the loop takes everything posted so far in one go.
/// Consecutive load batches are merged on the way out, so a burst of batches costs one
/// merge into the list and one redraw.
final class ActionInbox: Sendable {
  private struct Contents {
    var actions: [ReaderAction] = []
    var outstanding = 0
  }

  private let contents = Mutex(Contents())

  /// Creates an empty inbox.
  init() {}

  /// Leaves an action for the loop.
  func post(_ action: ReaderAction) {
    contents.withLock { $0.actions.append(action) }
  }

  /// Notes that a piece of background work started.
  func beginWork() {
    contents.withLock { $0.outstanding += 1 }
  }

  /// Notes that a piece of background work finished (after posting its last action).
  func endWork() {
    contents.withLock { $0.outstanding -= 1 }
  }

  /// Whether work is running or actions wait to be taken.
  var isBusy: Bool {
    contents.withLock { $0.outstanding > 0 || !$0.actions.isEmpty }
  }

  /// Takes every action posted so far, consecutive load batches merged into one.
  func take() -> [ReaderAction] {
    let taken = contents.withLock { contents in
      let actions = contents.actions
      contents.actions = []
      return actions
    }
    var merged: [ReaderAction] = []
    merged.reserveCapacity(taken.count)
    for action in taken {
      if case .loaded(let batch, let indexes) = action,
        case .loaded(var previous, var previousIndexes)? = merged.last
      {
        // Take the batch out first: while `merged` still holds it, `previous` shares its
        // arrays and every `+=` would copy all the articles merged so far.
        merged.removeLast()
        previous.articles += batch.articles
        previous.problems += batch.problems
        previous.progress = batch.progress
        previousIndexes += indexes
        merged.append(.loaded(previous, searchIndexes: previousIndexes))
      } else {
        merged.append(action)
      }
    }
    return merged
  }
}
