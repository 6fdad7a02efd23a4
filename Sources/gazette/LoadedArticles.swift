import Foundation
import GazetteIndex
import GazetteModel

/// The articles of the data directory, loaded for a non-interactive command.
///
/// Through the directory's index when it can (see `GazetteIndex`): the index is brought up
/// to date with the directory first (only changed files are read), so a command never shows
/// what the files no longer say. Without a usable cache folder, the files are read as before.
struct LoadedArticles {
  /// The data directory.
  let directory: String
  /// Everything the load produced.
  let result: LoadResult
  /// The index the articles came from, when one was used.
  let index: ArticleIndex?

  /// Loads `directory`; when some files had problems, says so once on standard error.
  ///
  /// `usingIndex: false` reads every file (what `check` does). `indexingBodies` says that a
  /// body search follows: an index built now then gets the bodies in the same pass.
  init(
    directory: String, announceProblems: Bool = true, usingIndex: Bool = true,
    indexingBodies: Bool = false
  ) {
    self.directory = directory
    let indexed =
      usingIndex ? LoadedArticles.openIndex(of: directory, indexingBodies: indexingBodies) : nil
    self.index = indexed?.index
    self.result = indexed?.result ?? ArticleLoader(root: directory).loadAll()
    if announceProblems && !result.problems.isEmpty {
      let count = result.problems.count
      TerminalOutput.printError(
        "gazette: \(count) \(count == 1 ? "problem" : "problems") in \(directory); "
          + "run `gazette check --data \(DataPath.shellQuoted(directory))` to see "
          + "\(count == 1 ? "it" : "them").")
    }
  }

  /// The index of `directory` with what it holds after applying the directory's changes;
  /// `nil` when there is no usable index (the messages say why on standard error).
  private static func openIndex(of directory: String, indexingBodies: Bool)
    -> (index: ArticleIndex, result: LoadResult)?
  {
    let environment = ProcessInfo.processInfo.environment
    guard environment["GAZETTE_NO_INDEX"] == nil,
      let location = IndexLocation(dataDirectory: directory, environment: environment)
    else { return nil }
    let scanner = DirectoryScanner(root: directory)
    // Without a search to come, bodies are left to the first search, so a first list costs
    // about a plain load.
    let opened = IndexedDirectory.open(
      at: location, scanner: scanner, indexingBodies: indexingBodies, revalidating: true)
    for message in opened.messages { TerminalOutput.printError("gazette: \(message)") }
    guard let index = opened.index, let result = opened.result else { return nil }
    return (index, result)
  }
}
