/// The settings one layer (the config file, or the command line) gives; nil leaves a
/// setting to the layer below.
public struct SettingsOverrides: Equatable, Sendable {
  /// The data directory.
  public var dataDirectory: String?
  /// Keys given to commands and keys unbound.
  public var keyBindings = KeyBindingChanges()
  /// Restyled parts of the screen.
  public var colors: [String: ColorStyle] = [:]
  /// The list's width side by side.
  public var listWidth: ListWidth?
  /// The narrowest terminal with the panes side by side.
  public var sideBySideMinimumWidth: Int?
  /// The widest line of article text (0: no limit).
  public var maxTextWidth: Int?
  /// How dates are shown.
  public var dateFormat: DateFormatPattern?
  /// The list's initial sort field.
  public var sortField: SortOrder.Field?
  /// Whether the list's initial order is reversed.
  public var sortReversed: Bool?
  /// Seconds before an open article counts as read.
  public var readDwellSeconds: Double?
  /// The browser command list.
  public var browser: String?
  /// Whether URLs become OSC 8 hyperlinks.
  public var hyperlinks: FeatureMode?
  /// Whether `copy-url` uses OSC 52.
  public var clipboard: FeatureMode?
  /// The programs that get the terminal while they run.
  public var terminalBrowsers: [String]?
  /// Where `save` proposes to write.
  public var saveDirectory: String?

  /// Creates overrides that set nothing.
  public init() {}
}
