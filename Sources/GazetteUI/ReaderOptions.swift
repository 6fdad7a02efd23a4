import GazetteModel

/// How the reader starts: which directory, pre-set filters, whether to use colour, and which
/// keys run which commands.
public struct ReaderOptions: Sendable {
  /// The data directory to load.
  public var dataDirectory: String
  /// Filters to start with (`--source`, `--search`).
  public var query: ArticleQuery
  /// Whether to use colours (off for `NO_COLOR` or a monochrome terminal).
  public var colors: Bool
  /// Which key runs which command.
  public var keyMap: KeyMap
  /// The browser, the clipboard and the save directory.
  public var actions: ActionSettings
  /// The environment naming the state directory (`XDG_STATE_HOME`, `HOME`) where read marks
  /// and flags are kept; `nil` keeps them in memory only, for this run.
  public var stateEnvironment: [String: String]?
  /// How long an article must be shown in the reader pane before it counts as read.
  public var readDwellMilliseconds: Int

  /// Creates options.
  public init(
    dataDirectory: String, query: ArticleQuery = ArticleQuery(), colors: Bool = true,
    keyMap: KeyMap = .default, actions: ActionSettings = ActionSettings(),
    stateEnvironment: [String: String]? = nil, readDwellMilliseconds: Int = 2_000
  ) {
    self.dataDirectory = dataDirectory
    self.query = query
    self.colors = colors
    self.keyMap = keyMap
    self.actions = actions
    self.stateEnvironment = stateEnvironment
    self.readDwellMilliseconds = readDwellMilliseconds
  }
}
