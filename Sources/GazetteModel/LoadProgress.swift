/// How far a load has come.
public struct LoadProgress: Hashable, Sendable {
  /// `.json` files found so far.
  public var filesFound: Int
  /// Files read and parsed so far.
  public var filesLoaded: Int
  /// Articles loaded so far.
  public var articlesLoaded: Int
  /// Whether the directory walk has finished (so `filesFound` is final).
  public var discoveryFinished: Bool

  /// Creates a progress report.
  public init(filesFound: Int, filesLoaded: Int, articlesLoaded: Int, discoveryFinished: Bool) {
    self.filesFound = filesFound
    self.filesLoaded = filesLoaded
    self.articlesLoaded = articlesLoaded
    self.discoveryFinished = discoveryFinished
  }

  /// Whether every file has been loaded.
  public var isFinished: Bool { discoveryFinished && filesLoaded >= filesFound }
}
