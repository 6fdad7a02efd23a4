import Foundation
import GazetteModel

#if canImport(Glibc)
  import Glibc
#endif

/// Loads a data directory and prints wall time, CPU time and peak memory.
///
/// Usage: `ModelBenchmark DIR [--stream] [--search TEXT] [--runs N] [--parse-only] [--problems]`. With
/// `--stream` it also prints when the first batch arrived; with `--search` it times matching
/// TEXT against every title and source, and a body search over all articles; `--parse-only`
/// times the parser alone on files already in memory; `--problems` lists the problems found.
@main
enum ModelBenchmark {
  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let directory = arguments.first else {
      print(
        "usage: ModelBenchmark DIR [--stream] [--search TEXT] [--runs N] [--parse-only] [--problems]"
      )
      exit(2)
    }
    arguments.removeFirst()
    var stream = false
    var parseOnly = false
    var showProblems = false
    var search: String?
    var runs = 1
    while let option = arguments.first {
      arguments.removeFirst()
      switch option {
      case "--stream": stream = true
      case "--parse-only": parseOnly = true
      case "--problems": showProblems = true
      case "--search": search = arguments.isEmpty ? nil : arguments.removeFirst()
      case "--runs": runs = Int(arguments.isEmpty ? "1" : arguments.removeFirst()) ?? 1
      default:
        print("unknown option \(option)")
        exit(2)
      }
    }

    if parseOnly {
      measureParsing(directory)
      return
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

    if showProblems {
      for problem in result.problems {
        print(problem.severity == .error ? "error:" : "warning:", problem)
      }
    }

    if let search {
      let firstStart = Measurement.now()
      let pattern = SearchPattern(search)
      let firstEnd = Measurement.now()
      print(
        "first pattern (builds the folding tables): \(format((firstEnd.wall - firstStart.wall) * 1000)) ms"
      )
      var fastest = Double.infinity
      var matches = 0
      for _ in 0..<5 {
        let start = Measurement.now()
        matches = 0
        result.articles.withUnsafeBufferPointer { articles in
          for index in articles.indices
          where pattern.matches(articles[index].title)
            || pattern.matches(articles[index].source ?? "")
          {
            matches += 1
          }
        }
        fastest = min(fastest, Measurement.now().wall - start.wall)
      }
      print(
        "metadata search \"\(search)\": \(matches) of \(result.articles.count) titles+sources "
          + "in \(format(fastest * 1000)) ms (best of 5)")
      let indexStart = Measurement.now()
      let index = SearchIndex(articles: result.articles)
      let indexEnd = Measurement.now()
      var indexFastest = Double.infinity
      var indexMatches = 0
      for _ in 0..<5 {
        let start = Measurement.now()
        indexMatches = index.matchingIndices(pattern).count
        indexFastest = min(indexFastest, Measurement.now().wall - start.wall)
      }
      print(
        "SearchIndex: built in \(format((indexEnd.wall - indexStart.wall) * 1000)) ms; "
          + "\(indexMatches) matches in \(format(indexFastest * 1000)) ms (best of 5)")
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

  /// Reads every `.json` file into memory, then times parsing them on one thread: the cost of
  /// the parser alone, without the file system.
  static func measureParsing(_ directory: String) {
    var files: [(String, [UInt8])] = []
    let enumerator = FileManager.default.enumerator(atPath: directory)
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".json"),
        let data = FileManager.default.contents(atPath: directory + "/" + path)
      else { continue }
      files.append((path, [UInt8](data)))
    }
    let bytes = files.reduce(0) { $0 + $1.1.count }
    let start = Measurement.now()
    var articles = 0
    for (path, contents) in files {
      articles += ArticleFileDecoder.summaries(bytes: contents, relativePath: path).articles.count
    }
    let end = Measurement.now()
    let seconds = end.cpu - start.cpu
    print(
      "parse only: \(files.count) files, \(bytes >> 20) MiB, \(articles) articles in "
        + "\(format(seconds)) s CPU on one thread (\(Int(Double(bytes) / seconds / 1e6)) MB/s)")
  }

  static func format(_ value: Double) -> String {
    String(format: "%.3f", value)
  }
}
