import GazetteModel

/// How the load of the data directory is going, and what went wrong on the way.
public struct LoadingState: Sendable {
  /// The latest progress report.
  public var progress: LoadProgress?
  /// Whether loading has finished.
  public var finished = false
  /// Every problem reported so far, in the order reported.
  public var problems: [LoadProblem] = []

  /// Creates the state of a load that has not started.
  public init() {}
}
