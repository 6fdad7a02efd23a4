import ArgumentParser
import GazetteState
import GazetteText

/// Commits a command's changes to the reading state before it ends, or says why it cannot.
enum StateSaving {
  /// Flushes `store`; prints the failure and throws `ExitCode.failure` when nothing could be
  /// saved (the store could not be opened, or the commit failed).
  static func save(_ store: ReadingStateStore) throws {
    guard store.isPersistent else {
      // Opening already said why on standard error.
      TerminalOutput.printError("gazette: the changes were not saved.")
      throw ExitCode.failure
    }
    do {
      try store.close()
    } catch {
      TerminalOutput.printError("gazette: " + TextLayout.sanitizeLine("\(error)") + ".")
      throw ExitCode.failure
    }
  }
}
