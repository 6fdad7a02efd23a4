/// The reader's side of the live directory: which reload is awaited, which articles arrived
/// while it ran, and the generation of the list (results of work asked for on an older list
/// name articles by old arrival indices and are dropped).
struct LiveUpdates: Hashable, Sendable {
  /// Bumped by each reload taken in; a prepared list of an older one is dropped.
  var generation = 0
  /// Bumped each time the list is replaced: arrival indices of an older list mean nothing.
  var listGeneration = 0
  /// The header's "N new": articles that arrived while the reader ran, not shown yet.
  ///
  /// By arrival index. Showing one takes it out; a reload by hand clears them all.
  var arrived: Set<Int32> = []
  /// Whether a reload by hand was asked for and has not answered yet.
  var reloading = false
  /// Whether the index's list is being prepared for the start: the load is not over until
  /// it is shown.
  var startPending = false

  /// Creates the state of a reader that has had no reload.
  init() {}
}
