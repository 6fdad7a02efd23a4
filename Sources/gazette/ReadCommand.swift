import ArgumentParser
import Foundation
import GazetteConfig
import GazetteCurses
import GazetteModel
import GazetteUI

/// `gazette read` (also `gazette` alone): the full-screen reader.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Browse the articles in a full-screen reader.",
    discussion: """
      Needs a terminal that can move the cursor (TERM) and a UTF-8 locale (C.UTF-8 is used \
      when the locale is not UTF-8). Set NO_COLOR to a non-empty value for no colours. To print \
      articles as plain text, use `gazette list`. Read marks and flags are kept under \
      $XDG_STATE_HOME/gazette/ (see `gazette mark --help`); the reader starts on the first new \
      article, if there is one.
      """)

  @OptionGroup var dataOptions: DataOptions

  @OptionGroup var sortOptions: SortOptions

  @Option(
    name: .customLong("source"),
    help: ArgumentHelp(
      "Show only articles from this source (repeat for several).", valueName: "source"))
  var sources: [String] = []

  @Option(help: ArgumentHelp("Start with this search.", valueName: "text"))
  var search: String?

  func run() throws {
    // The config file is read, and refused when broken, before the terminal is touched.
    let (directory, settings) = try dataOptions.resolved(commandLine: sortOptions.overrides())
    let hyperlinksWanted: Bool?
    switch settings.hyperlinks {
    case .always: hyperlinksWanted = true
    case .never: hyperlinksWanted = false
    case .auto: hyperlinksWanted = nil
    }
    var actions = ActionSettings.from(
      environment: ProcessInfo.processInfo.environment, hyperlinksWanted: hyperlinksWanted,
      isDirectory: { path in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
          && isDirectory.boolValue
      })
    // The config file's browser wins over $BROWSER.
    if let browser = settings.browser { actions.browser = browser }
    let backend: CursesBackend
    do {
      backend = try CursesBackend.start(useColors: !CursesBackend.noColorRequested)
    } catch {
      Self.printError(error.description)
      throw ExitCode.failure
    }
    var options = ReaderSettings.options(for: settings, directory: directory)
    options.query = ArticleQuery(sources: sources, search: SearchPattern(search ?? ""))
    options.colors = backend.colorsEnabled
    options.actions = actions
    options.stateEnvironment = ProcessInfo.processInfo.environment
    options.indexEnvironment = ProcessInfo.processInfo.environment
    let exit = ReaderApp(options: options).run(on: backend)
    backend.stop()
    switch exit {
    case .quit:
      return
    case .signal(let signal):
      TerminalSignals.reraise(signal)
    case .endOfInput:
      Self.printError("the terminal went away (end of input); the reader stopped.")
      throw ExitCode.failure
    }
  }

  private static func printError(_ message: String) {
    FileHandle.standardError.write(Data("gazette: \(message)\n".utf8))
  }
}
