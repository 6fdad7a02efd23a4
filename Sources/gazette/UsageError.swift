import ArgumentParser
import GazetteText

/// A mistake in what the user typed that the command found itself (a bad date, a missing
/// directory): printed as `gazette: message`, without the usage summary, with status 64 like
/// the argument parser's own usage errors.
struct UsageError: Error, CustomStringConvertible {
  /// The problem in plain words.
  let description: String

  /// Creates an error with `message`.
  init(_ message: String) {
    description = message
  }

  /// Prints `gazette: message` on standard error and gives the exit status to throw.
  func report() -> ExitCode {
    TerminalOutput.printError("gazette: " + TextLayout.sanitizeLine(description))
    return ExitCode.validationFailure
  }
}
