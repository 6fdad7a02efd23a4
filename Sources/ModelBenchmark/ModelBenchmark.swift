import Foundation
import GazetteModel

#if canImport(Glibc)
  import Glibc
#endif

/// Loads a data directory and prints wall time, CPU time and peak memory.
///
/// Usage: `ModelBenchmark DIR [--stream] [--search TEXT] [--runs N]`. With `--stream` it also
/// prints when the first batch arrived; with `--search` it times matching TEXT against every
/// title and source, and a body search over all articles.
@main
enum ModelBenchmark {
  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let directory = arguments.first else {
      print("usage: ModelBenchmark DIR [--stream] [--search TEXT] [--runs N]")
      exit(2)
    }
    arguments.removeFirst()
    var stream = false
    var search: String?
    var runs = 1
    while let option = arguments.first {
      arguments.removeFirst()
      switch option {
      case "--stream": stream = true
      case "--search": search = arguments.isEmpty ? nil : arguments.removeFirst()
      case "--runs": runs = Int(arguments.isEmpty ? "1" : arguments.removeFirst()) ?? 1
      default:
        print("unknown option \(option)")
        exit(2)
      }
    }

    let loader = ArticleLoader(root: directory)
    var result = LoadResult(articles: [], problems: [], fileCount: 0)
    for run in 1...max(1, runs) {
      let start = Measurement.now()
      if stream {
        let first = FirstBatchClock(start: start)
        loader.load { batch in first.record(batch) }
        let end = Measurement.now()
        print(
          "run \(run) stream: first batch \(format(first.seconds ?? 0)) s "
            + "(\(first.articles) articles), all \(format(end.wall - start.wall)) s")
      }
      let before = Measurement.now()
      result = loader.loadAll()
      let after = Measurement.now()
      print(
        "run \(run) loadAll: \(result.articles.count) articles, \(result.fileCount) files, "
          + "\(result.problems.count) problems; wall \(format(after.wall - before.wall)) s, "
          + "CPU \(format(after.cpu - before.cpu)) s, max RSS \(after.maxResidentMegabytes) MB, "
          + "RSS now \(Measurement.currentResidentMegabytes()) MB")
    }

    if let search {
      let pattern = SearchPattern(search)
      let start = Measurement.now()
      var matches = 0
      for article in result.articles
      where pattern.matches(article.title) || pattern.matches(article.source ?? "") {
        matches += 1
      }
      let end = Measurement.now()
      print(
        "metadata search \"\(search)\": \(matches) of \(result.articles.count) in "
          + "\(format((end.wall - start.wall) * 1000)) ms")
      let bodyStart = Measurement.now()
      let bodySearch = BodySearch(
        articles: result.articles, pattern: pattern, root: directory)
      let summary = bodySearch.run { _ in }
      let bodyEnd = Measurement.now()
      print(
        "body search \"\(search)\": \(summary.matchCount) bodies in "
          + "\(format(bodyEnd.wall - bodyStart.wall)) s wall, "
          + "\(format(bodyEnd.cpu - bodyStart.cpu)) s CPU")
    }
  }

  static func format(_ value: Double) -> String {
    String(format: "%.3f", value)
  }
}

/// Remembers when the first batch with articles arrived.
final class FirstBatchClock: @unchecked Sendable {
  private let lock = NSLock()
  private let start: Measurement
  private(set) var seconds: Double?
  private(set) var articles = 0

  init(start: Measurement) {
    self.start = start
  }

  func record(_ batch: LoadBatch) {
    lock.lock()
    defer { lock.unlock() }
    if seconds == nil && !batch.articles.isEmpty {
      seconds = Measurement.now().wall - start.wall
      articles = batch.articles.count
    }
  }
}

/// Wall clock, process CPU time and peak resident memory at one moment.
struct Measurement {
  var wall: Double
  var cpu: Double
  var maxResidentMegabytes: Int

  /// Resident memory at this moment, from /proc/self/statm.
  static func currentResidentMegabytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else {
      return 0
    }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / (1 << 20)
  }

  static func now() -> Measurement {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let cpu =
      Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    var clock = timespec()
    clock_gettime(CLOCK_MONOTONIC, &clock)
    let wall = Double(clock.tv_sec) + Double(clock.tv_nsec) / 1e9
    return Measurement(wall: wall, cpu: cpu, maxResidentMegabytes: usage.ru_maxrss / 1024)
  }
}
