import GazetteModel

/// How the load of the data directory is going, and what went wrong on the way.
struct LoadingState: Sendable {
  /// The latest progress report.
  var progress: LoadProgress?
  /// Whether loading has finished.
  var finished = false
  /// Every problem reported so far, in the order reported.
  var problems: [LoadProblem] = []

  /// Creates the state of a load that has not started.
  init() {}
}
