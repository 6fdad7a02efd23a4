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

  /// Creates options.
  public init(
    dataDirectory: String, query: ArticleQuery = ArticleQuery(), colors: Bool = true,
    keyMap: KeyMap = .default
  ) {
    self.dataDirectory = dataDirectory
    self.query = query
    self.colors = colors
    self.keyMap = keyMap
  }
}
