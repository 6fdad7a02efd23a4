/// A commit of reading state failed; the changes stay queued and the writer tries again.
public struct StateWriteError: Error, CustomStringConvertible {
  /// What went wrong, in words, naming the store.
  public let message: String

  /// The message.
  public var description: String { message }
}
