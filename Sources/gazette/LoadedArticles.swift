import GazetteModel

/// The articles of the data directory, loaded for a non-interactive command.
struct LoadedArticles {
  /// The data directory.
  let directory: String
  /// Everything the load produced.
  let result: LoadResult

  /// Loads `directory`; when some files had problems, says so once on standard error.
  init(directory: String, announceProblems: Bool = true) {
    self.directory = directory
    self.result = ArticleLoader(root: directory).loadAll()
    if announceProblems && !result.problems.isEmpty {
      let count = result.problems.count
      TerminalOutput.printError(
        "gazette: \(count) \(count == 1 ? "problem" : "problems") in \(directory); "
          + "run `gazette check --data \(DataPath.shellQuoted(directory))` to see "
          + "\(count == 1 ? "it" : "them").")
    }
  }
}
