import Dispatch
import GazetteState
import GazetteText
import Synchronization

/// Opens the reading-state store on another thread, so it loads while the articles do.
final class StateOpening: Sendable {
  private let directory: String
  private let done = DispatchSemaphore(value: 0)
  private let store = Mutex<ReadingStateStore?>(nil)

  /// Starts opening the store of the data directory `directory`; `onlyReading` leaves out
  /// the check of every page (see `ReadingStateStore`), for commands that change nothing.
  init(directory: String, onlyReading: Bool = false) {
    self.directory = directory
    DispatchQueue.global().async { [self] in
      let opened = ReadingStateStore(dataDirectory: directory, checkingEveryPage: !onlyReading)
      store.withLock { $0 = opened }
      done.signal()
    }
  }

  /// The opened store, once it is; what opening had to say is printed on standard error.
  func wait() -> ReadingStateStore {
    done.wait()
    done.signal()
    let opened = store.withLock { $0 } ?? ReadingStateStore(dataDirectory: directory)
    for notice in opened.notices {
      TerminalOutput.printError("gazette: " + TextLayout.sanitizeLine(notice) + ".")
    }
    return opened
  }
}
