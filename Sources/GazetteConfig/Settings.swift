import GazetteTerminal

/// Everything the config file can set, resolved: built-in defaults, then the file, then the
/// command line.
public struct Settings: Equatable, Sendable {
  /// The data directory, when the file or the command line names one.
  public var dataDirectory: String?
  /// The key map's changes; `keyBindingTable(for:)` applies them to the reader's commands.
  public var keyBindings: KeyBindingChanges
  /// Restyled parts of the screen, by `ColorStyle.elementNames` entry.
  public var colors: [String: ColorStyle]
  /// Pane sizes and text width.
  public var layout: LayoutSettings
  /// How dates are shown in the list and the reader.
  public var dateFormat: DateFormatPattern
  /// The list's initial order.
  public var sort: SortOrder
  /// Seconds an article stays open before it counts as read.
  public var readDwellSeconds: Double
  /// The browser command list, in `$BROWSER`'s form (`firefox:w3m %s`); nil uses `$BROWSER`,
  /// then `xdg-open`.
  public var browser: String?
  /// Whether URLs become OSC 8 hyperlinks.
  public var hyperlinks: FeatureMode
  /// Whether `copy-url` puts the URL on the clipboard with OSC 52.
  public var clipboard: FeatureMode
  /// The programs that run inside the terminal (curses is suspended while they run); nil
  /// keeps the built-in list (w3m, lynx, elinks, …).
  public var terminalBrowsers: [String]?
  /// Where `save` proposes to write; nil: the download directory.
  public var saveDirectory: String?

  /// Creates settings.
  public init(
    dataDirectory: String? = nil, keyBindings: KeyBindingChanges = KeyBindingChanges(),
    colors: [String: ColorStyle] = [:], layout: LayoutSettings = .defaults,
    dateFormat: DateFormatPattern = .iso, sort: SortOrder = .defaults,
    readDwellSeconds: Double = 2, browser: String? = nil, hyperlinks: FeatureMode = .auto,
    clipboard: FeatureMode = .auto, terminalBrowsers: [String]? = nil, saveDirectory: String? = nil
  ) {
    self.dataDirectory = dataDirectory
    self.keyBindings = keyBindings
    self.colors = colors
    self.layout = layout
    self.dateFormat = dateFormat
    self.sort = sort
    self.readDwellSeconds = readDwellSeconds
    self.browser = browser
    self.hyperlinks = hyperlinks
    self.clipboard = clipboard
    self.terminalBrowsers = terminalBrowsers
    self.saveDirectory = saveDirectory
  }

  /// The settings without a config file or options.
  public static let defaults = Settings()

  /// Defaults, then what the file sets, then what the command line sets: each later layer
  /// wins for every setting it gives.
  public static func merged(file: SettingsOverrides?, commandLine: SettingsOverrides) -> Settings {
    defaults.applying(file ?? SettingsOverrides()).applying(commandLine)
  }

  /// These settings with every setting `overrides` gives replaced (colours element by
  /// element and attribute by attribute; key changes after the existing ones).
  public func applying(_ overrides: SettingsOverrides) -> Settings {
    var result = self
    if let value = overrides.dataDirectory { result.dataDirectory = value }
    result.keyBindings.assignments += overrides.keyBindings.assignments
    result.keyBindings.unbindings += overrides.keyBindings.unbindings
    for (element, style) in overrides.colors {
      var merged = result.colors[element] ?? ColorStyle()
      if let value = style.foreground { merged.foreground = value }
      if let value = style.background { merged.background = value }
      if let value = style.bold { merged.bold = value }
      if let value = style.dim { merged.dim = value }
      if let value = style.underline { merged.underline = value }
      if let value = style.reverse { merged.reverse = value }
      result.colors[element] = merged
    }
    if let value = overrides.listWidth { result.layout.listWidth = value }
    if let value = overrides.sideBySideMinimumWidth { result.layout.sideBySideMinimumWidth = value }
    if let value = overrides.maxTextWidth { result.layout.maxTextWidth = value }
    if let value = overrides.dateFormat { result.dateFormat = value }
    if let value = overrides.sortField { result.sort.field = value }
    if let value = overrides.sortReversed { result.sort.reversed = value }
    if let value = overrides.readDwellSeconds { result.readDwellSeconds = value }
    if let value = overrides.browser { result.browser = value }
    if let value = overrides.hyperlinks { result.hyperlinks = value }
    if let value = overrides.clipboard { result.clipboard = value }
    if let value = overrides.terminalBrowsers { result.terminalBrowsers = value }
    if let value = overrides.saveDirectory { result.saveDirectory = value }
    return result
  }

  /// The key map: the catalog's default keys with this config's changes applied.
  public func keyBindingTable(for catalog: KeyCommandCatalog) -> KeyBindingTable {
    KeyBindingTable.resolve(catalog, keyBindings).map
  }
}
