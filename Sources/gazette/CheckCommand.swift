import ArgumentParser
import GazetteModel
import GazetteText

/// `gazette check`: loads everything and explains every problem.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Load every file and print every problem as `path:line:column: message`.",
    discussion: """
      Paths are usable from the current directory (as `list --json` prints them); line and \
      column are left out when a problem is about the whole file. Exit status 0 when there \
      are no problems, 1 otherwise.
      """
  )

  @OptionGroup var dataOptions: DataOptions

  func run() throws {
    let directory = try dataOptions.resolvedDirectory()
    let loaded = LoadedArticles(directory: directory, announceProblems: false, usingIndex: false)
    let result = loaded.result
    var output = StandardOutput()
    for problem in result.problems {
      let label = problem.severity == .warning ? "warning: " : ""
      var position = ""
      if let line = problem.line {
        position = ":\(line)" + (problem.column.map { ":\($0)" } ?? "")
      }
      let path = DataPath.path(problem.path, in: loaded.directory)
      output.line(TextLayout.sanitizeLine("\(path)\(position): \(label)\(problem.message)"))
    }
    if let warning = IndexCommand.problem(of: directory) {
      output.line(TextLayout.sanitizeLine("warning: index: \(warning)"))
    }
    let articles = result.articles.count
    let problems = result.problems.count
    output.line(
      "\(articles) \(articles == 1 ? "article" : "articles") from \(result.fileCount) "
        + "\(result.fileCount == 1 ? "file" : "files"), \(problems) "
        + "\(problems == 1 ? "problem" : "problems")")
    output.flush()
    if problems > 0 { throw ExitCode.failure }
  }
}
