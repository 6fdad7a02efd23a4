/// One thing wrong with a config file, at the place the user wrote it.
public struct ConfigProblem: Hashable, Sendable, Comparable {
  /// Where the problem is; nil only for a file that could not be read at all.
  public var position: SourcePosition?
  /// The problem in plain words.
  public var message: String

  /// Creates a problem.
  public init(at position: SourcePosition?, _ message: String) {
    self.position = position
    self.message = message
  }

  /// `FILE:LINE:COLUMN: message`, the form compilers use, so editors can jump to it.
  public func formatted(file: String) -> String {
    guard let position else { return "\(file): \(message)" }
    return "\(file):\(position.line):\(position.column): \(message)"
  }

  /// Orders problems as they appear in the file; problems without a position come first.
  public static func < (lhs: ConfigProblem, rhs: ConfigProblem) -> Bool {
    switch (lhs.position, rhs.position) {
    case (nil, nil): return lhs.message < rhs.message
    case (nil, _): return true
    case (_, nil): return false
    case (let left?, let right?): return left == right ? lhs.message < rhs.message : left < right
    }
  }
}
