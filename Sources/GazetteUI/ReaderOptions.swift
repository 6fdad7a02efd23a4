import GazetteModel

/// How the reader starts: which directory, pre-set filters, whether to use colour, which keys
/// run which commands, and the settings of a config file.
public struct ReaderOptions: Sendable {
  /// The data directory to load.
  public var dataDirectory: String
  /// Filters to start with (`--source`, `--search`).
  public var query: ArticleQuery
  /// Whether to use colours (off for `NO_COLOR` or a monochrome terminal).
  public var colors: Bool
  /// Which key runs which command.
  public var keyMap: KeyMap
  /// Changes to the theme, by part name (`selection`, `list_date`: the config's `[colors]`).
  public var styleChanges: [String: StyleChange]
  /// Pane sizes and the text width.
  public var layout: PaneLayout
  /// How dates are written in the list (`YYYY-MM-DD` by default).
  public var formatDate: @Sendable (PublishedDate) -> String
  /// The list's order at start.
  public var sort: ArticleSortOrder
  /// The browser command list in `$BROWSER`'s form (`firefox:w3m %s`), when the config file
  /// names one; nil leaves it to `$BROWSER`, then `xdg-open`.
  public var browser: String?
  /// The browser, the clipboard and the save directory.
  public var actions: ActionSettings
  /// The environment naming the state directory (`XDG_STATE_HOME`, `HOME`) where read marks
  /// and flags are kept; `nil` keeps them in memory only, for this run.
  public var stateEnvironment: [String: String]?
  /// How long an article must be shown in the reader pane before it counts as read.
  public var readDwellMilliseconds: Int
  /// The environment naming the index's cache folder (`XDG_CACHE_HOME`, `HOME`) and saying
  /// whether to use an index (`GAZETTE_NO_INDEX`) or to poll instead of inotify
  /// (`GAZETTE_WATCH=poll`); `nil` uses no index (the directory is still followed, in memory).
  public var indexEnvironment: [String: String]? = nil

  /// Creates options.
  public init(
    dataDirectory: String, query: ArticleQuery = ArticleQuery(), colors: Bool = true,
    keyMap: KeyMap = .default, styleChanges: [String: StyleChange] = [:],
    layout: PaneLayout = .standard,
    formatDate: @escaping @Sendable (PublishedDate) -> String = { $0.dayString },
    sort: ArticleSortOrder = .standard, browser: String? = nil,
    actions: ActionSettings = ActionSettings(),
    stateEnvironment: [String: String]? = nil, readDwellMilliseconds: Int = 2_000
  ) {
    self.dataDirectory = dataDirectory
    self.query = query
    self.colors = colors
    self.keyMap = keyMap
    self.styleChanges = styleChanges
    self.layout = layout
    self.formatDate = formatDate
    self.sort = sort
    self.browser = browser
    self.actions = actions
    self.stateEnvironment = stateEnvironment
    self.readDwellMilliseconds = readDwellMilliseconds
  }
}
