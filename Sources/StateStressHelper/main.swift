// A helper for the end-to-end tests of the reading-state store (not installed, not a command).
//
//   StateStressHelper mark STATE_HOME DATA_DIR PREFIX [COUNT]
//     Prints "ready" once the store is open, then marks ids PREFIX-0, PREFIX-1, … read (every
//     third also flagged) in batches of 1–16, commits each batch, then prints its ids, one a
//     line: a printed id is an acknowledged mark. Stops after COUNT ids, or runs until killed.
//   StateStressHelper watch STATE_HOME DATA_DIR ID
//     Prints "ready" once the store is open, polls for other instances' changes every 20 ms
//     until ID is read, then prints "seen"; exits 1 after 10 s without it.
//
// A store that opens with a notice (damaged, unwritable) makes it exit 2 with the notice on
// standard error, so a test notices a store that a kill left unopenable.
import Foundation
import GazetteState

/// Writes `text` to standard output at once (no buffer a kill could lose half of).
func emit(_ text: String) {
  var bytes = Array(text.utf8)
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeMutableBytes {
      write(1, $0.baseAddress! + offset, $0.count - offset)
    }
    if written <= 0 { exit(3) }
    offset += written
  }
  bytes.removeAll()
}

let arguments = CommandLine.arguments
guard arguments.count >= 5, ["mark", "watch"].contains(arguments[1]) else {
  FileHandle.standardError.write(
    Data("usage: StateStressHelper mark|watch STATE_HOME DATA_DIR PREFIX|ID [COUNT]\n".utf8))
  exit(64)
}
let store = ReadingStateStore(
  dataDirectory: arguments[3], environment: ["XDG_STATE_HOME": arguments[2]])
if !store.notices.isEmpty {
  FileHandle.standardError.write(Data((store.notices.joined(separator: "\n") + "\n").utf8))
  exit(2)
}

if arguments[1] == "watch" {
  let id = arguments[4]
  emit("ready\n")
  let deadline = Date().addingTimeInterval(10)
  while Date() < deadline {
    if store.pollChanges().contains(id) || store.snapshot.isRead(id) {
      emit("seen\n")
      exit(0)
    }
    usleep(20_000)
  }
  exit(1)
}

emit("ready\n")
let prefix = arguments[4]
let limit = arguments.count > 5 ? Int(arguments[5]) ?? Int.max : Int.max
var generator = SystemRandomNumberGenerator()
var next = 0
while next < limit {
  let size = min(Int.random(in: 1...16, using: &generator), limit - next)
  let numbers = next..<(next + size)
  let ids = numbers.map { "\(prefix)-\($0)" }
  store.mark(.read, ids: ids)
  store.mark(.flag, ids: numbers.filter { $0 % 3 == 0 }.map { "\(prefix)-\($0)" })
  do {
    try store.flush()
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(4)
  }
  emit(ids.map { $0 + "\n" }.joined())
  next += size
}
