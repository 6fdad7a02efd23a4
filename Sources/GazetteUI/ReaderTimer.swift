/// A delayed action the reducer asked for.
enum ReaderTimer: Hashable, Sendable {
  /// Start the body search of query generation `generation` once the typing has paused.
  case bodySearch(generation: Int)
  /// Mark `article` read if it is still shown (the dwell of showing number `generation`).
  case dwell(article: Int32, generation: Int)
}
