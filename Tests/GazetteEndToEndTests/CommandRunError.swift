/// Why a command run failed before producing a result.
enum CommandRunError: Error {
  /// The command did not finish in time.
  case timedOut([String])
}
