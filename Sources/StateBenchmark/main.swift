// Prints figures for the reading-state store (Scripts/bench-state.sh runs it in release mode).
//
//   StateBenchmark prepare STATE_HOME DATA_DIR IDS_FILE
//     Gives the store of DATA_DIR every other id read (50,000 of 100,000) and 1,000 flagged.
//   StateBenchmark measure STATE_HOME DATA_DIR IDS_FILE
//     Opens that store (in a copy, which it changes) and prints: snapshot load time and the
//     memory it holds, one mark on the caller's thread, a poll that finds nothing, and marking
//     every id read (memory, then the commit).
import Foundation
import GazetteState

func seconds() -> Double {
  var clock = timespec()
  clock_gettime(CLOCK_MONOTONIC, &clock)
  return Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
}

/// CPU seconds (user + system) of the whole process so far: a loaded machine stretches wall
/// time, not this.
func processorSeconds() -> Double {
  var usage = rusage()
  getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func residentMegabytes() -> Double {
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
    let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
  else { return 0 }
  return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

func median(_ values: [Double]) -> Double {
  values.sorted()[values.count / 2]
}

func milliseconds(_ value: Double) -> String { String(format: "%.1f ms", value * 1000) }

let arguments = CommandLine.arguments
guard arguments.count == 5, ["prepare", "measure"].contains(arguments[1]),
  let idText = try? String(contentsOfFile: arguments[4], encoding: .utf8)
else {
  FileHandle.standardError.write(
    Data("usage: StateBenchmark prepare|measure STATE_HOME DATA_DIR IDS_FILE\n".utf8))
  exit(64)
}
let ids = idText.split(separator: "\n").map(String.init)
let stateHome = arguments[2]
let data = arguments[3]

if arguments[1] == "prepare" {
  let store = ReadingStateStore(dataDirectory: data, environment: ["XDG_STATE_HOME": stateHome])
  precondition(store.notices.isEmpty, "\(store.notices)")
  store.mark(.read, ids: ids.enumerated().filter { $0.offset % 2 == 0 }.map(\.element))
  store.mark(.flag, ids: ids.enumerated().filter { $0.offset % 100 == 1 }.map(\.element))
  try store.close()
  print("prepared: \(store.snapshot.states.count) articles with state")
  exit(0)
}

// Work on a copy, so the prepared store stays as it is for the next run.
let copy = NSTemporaryDirectory() + "gazette-state-bench-\(getpid())"
try? FileManager.default.removeItem(atPath: copy)
try FileManager.default.copyItem(atPath: stateHome, toPath: copy)
defer { try? FileManager.default.removeItem(atPath: copy) }
let environment = ["XDG_STATE_HOME": copy]

let before = residentMegabytes()
var loadTimes: [Double] = []
var held = 0.0
var loadCPU: [Double] = []
for round in 0..<5 {
  let start = seconds()
  let startCPU = processorSeconds()
  let store = ReadingStateStore(dataDirectory: data, environment: environment)
  let snapshot = store.snapshot
  loadTimes.append(seconds() - start)
  loadCPU.append(processorSeconds() - startCPU)
  if round == 0 {
    held = residentMegabytes() - before
    print(
      "states in the store: \(snapshot.states.count) (\(ids.filter(snapshot.isRead).count) read, \(ids.filter(snapshot.isFlagged).count) flagged)"
    )
  }
  try store.close()
}
print(
  "open + load snapshot: median \(milliseconds(median(loadTimes))) (min \(milliseconds(loadTimes.min() ?? 0)), max \(milliseconds(loadTimes.max() ?? 0))), CPU median \(milliseconds(median(loadCPU)))"
)
print(String(format: "memory held by the open store: %.1f MB", held))

let store = ReadingStateStore(dataDirectory: data, environment: environment)
var markTimes: [Double] = []
for index in stride(from: 1, to: min(ids.count, 2_001), by: 2) {
  let start = seconds()
  store.mark(.read, ids: CollectionOfOne(ids[index]))
  markTimes.append(seconds() - start)
}
try store.flush()
print(
  String(
    format: "one mark on the caller's thread: median %.1f µs, max %.1f µs (1,000 marks)",
    median(markTimes) * 1e6, (markTimes.max() ?? 0) * 1e6))

var pollTimes: [Double] = []
for _ in 0..<200 {
  let start = seconds()
  _ = store.pollChanges()
  pollTimes.append(seconds() - start)
}
print(String(format: "poll that finds nothing: median %.1f µs", median(pollTimes) * 1e6))

let markAllStart = seconds()
let markAllCPU = processorSeconds()
store.mark(.read, ids: ids)
let inMemory = seconds()
let inMemoryCPU = processorSeconds()
try store.flush()
let committed = seconds()
let committedCPU = processorSeconds()
print(
  "mark read all \(ids.count): memory \(milliseconds(inMemory - markAllStart)) (CPU "
    + "\(milliseconds(inMemoryCPU - markAllCPU))), commit \(milliseconds(committed - inMemory)) "
    + "(CPU \(milliseconds(committedCPU - inMemoryCPU))), total "
    + "\(milliseconds(committed - markAllStart))")

let other = ReadingStateStore(dataDirectory: data, environment: environment)
store.mark(.flag, ids: ids)
try store.flush()
let pollStart = seconds()
let changed = other.pollChanges()
print(
  "another instance polls \(changed.count) changed articles in \(milliseconds(seconds() - pollStart))"
)
try store.close()
try other.close()
