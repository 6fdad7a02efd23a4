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
    let environment = ProcessInfo.processInfo.environment
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    let userDirectories =
      (try? String(
        contentsOfFile: ConfigFile.configHome(environment: environment) + "user-dirs.dirs",
        encoding: .utf8)).map { UserDirectories(text: $0, home: home) }
    var actions = ActionSettings.from(
      environment: environment, hyperlinksWanted: settings.hyperlinks.forced,
      clipboardWanted: settings.clipboard.forced, userDirectories: userDirectories,
      isDirectory: { path in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
          && isDirectory.boolValue
      })
    // The config file wins over $BROWSER and the download folder.
    if let browser = settings.browser { actions.browser = browser }
    if let names = settings.terminalBrowsers { actions.terminalBrowsers = Set(names) }
    if let directory = settings.saveDirectory { actions.saveDirectory = directory }
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
