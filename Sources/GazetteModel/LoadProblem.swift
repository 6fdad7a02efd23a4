/// Something wrong with one file of the data directory, in words a person can act on.
public struct LoadProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// How bad the problem is.
  public enum Severity: Hashable, Sendable {
    /// The file (or one article in it) could not be used.
    case error
    /// The article was kept, but something in it was not understood (e.g. an unknown date).
    case warning
  }

  /// Path of the file relative to the data directory.
  public var path: String
  /// Line (from 1) where the problem is, when it applies.
  public var line: Int?
  /// Column (from 1, in characters) where the problem is, when it applies.
  public var column: Int?
  /// What is wrong, in plain words.
  public var message: String
  /// Whether the article or file was lost or only partly understood.
  public var severity: Severity

  /// Creates a problem.
  public init(
    path: String, line: Int? = nil, column: Int? = nil, message: String,
    severity: Severity = .error
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.severity = severity
  }

  /// `path:line:column: message`, or `path: message` without a position.
  public var description: String {
    var text = path
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text + ": " + message
  }
}
