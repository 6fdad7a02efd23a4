/// What is wrong with one line of a state file, in words.
public struct StateExchangeProblem: Error, Equatable, CustomStringConvertible {
  /// The problem, such as `"read" without "read_changed"`.
  public let message: String

  /// Creates a problem with `message`.
  public init(_ message: String) {
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
