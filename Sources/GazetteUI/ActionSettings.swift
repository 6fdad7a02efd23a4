/// How the reader acts on an article: which browser, whether the clipboard may be set, where
/// files are saved.
///
/// `from(environment:)` reads them from the environment, so the reader itself never looks at
/// it; a config file may set `browser` later.
public struct ActionSettings: Hashable, Sendable {
  /// The browser list in `$BROWSER`'s form (`firefox:w3m %s`); nil or empty uses `xdg-open`.
  public var browser: String?
  /// Whether a graphical display is there (`DISPLAY` or `WAYLAND_DISPLAY`): without one, every
  /// browser is given the terminal, since only a terminal browser can run.
  public var graphicalDisplay: Bool
  /// Programs that are terminal browsers, by the name of their executable.
  public var terminalBrowsers: Set<String>
  /// Whether `copy-url` may write OSC 52.
  public var clipboard: Bool
  /// Whether the URL in the reader pane is marked as an OSC 8 hyperlink.
  public var hyperlinks: Bool
  /// The directory the save prompt starts in.
  public var saveDirectory: String
  /// The directories searched for programs (`PATH`).
  public var searchPath: [String]
  /// The home directory, for `~/` in a typed path.
  public var home: String?

  /// Terminal browsers known by name: they get the terminal while they run.
  ///
  /// `www-browser` is Debian's name for the text browser of the system.
  public static let knownTerminalBrowsers: Set<String> = [
    "w3m", "lynx", "elinks", "links", "links2", "browsh", "carbonyl", "cha", "www-browser",
  ]

  /// Creates settings.
  public init(
    browser: String? = nil, graphicalDisplay: Bool = false,
    terminalBrowsers: Set<String> = ActionSettings.knownTerminalBrowsers,
    clipboard: Bool = true, hyperlinks: Bool = false, saveDirectory: String = ".",
    searchPath: [String] = ["/usr/local/bin", "/usr/bin", "/bin"], home: String? = nil
  ) {
    self.browser = browser
    self.graphicalDisplay = graphicalDisplay
    self.terminalBrowsers = terminalBrowsers
    self.clipboard = clipboard
    self.hyperlinks = hyperlinks
    self.saveDirectory = saveDirectory
    self.searchPath = searchPath
    self.home = home
  }

  /// The settings the environment gives.
  ///
  /// The save directory is `$XDG_DOWNLOAD_DIR`, else the download folder of `user-dirs.dirs`
  /// (`userDirectories`), else `~/Downloads`, each when it exists, else the current directory.
  /// The clipboard: `GAZETTE_CLIPBOARD` `1` or `0`, else `clipboardWanted` (the config's
  /// `always` or `never`), else allowed unless the terminal is one that shows OSC 52 as
  /// garbage or drops it (`linux`, `dumb`, `vt…`, and GNU screen outside tmux). Hyperlinks:
  /// `GAZETTE_HYPERLINKS` `1` or `0`, else `hyperlinksWanted`, else only on a terminal known to
  /// show them (`terminalShowsHyperlinks`).
  public static func from(
    environment: [String: String], hyperlinksWanted: Bool? = nil, clipboardWanted: Bool? = nil,
    userDirectories: UserDirectories? = nil, isDirectory: (String) -> Bool
  ) -> ActionSettings {
    func value(_ name: String) -> String? {
      environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }
    var directory = "."
    if let downloads = value("XDG_DOWNLOAD_DIR"), isDirectory(downloads) {
      directory = downloads
    } else if let downloads = userDirectories?.download, isDirectory(downloads) {
      directory = downloads
    } else if let home = value("HOME"), isDirectory(home + "/Downloads") {
      directory = home + "/Downloads"
    }
    let clipboard: Bool
    switch value("GAZETTE_CLIPBOARD") {
    case "0"?: clipboard = false
    case "1"?: clipboard = true
    default:
      clipboard =
        clipboardWanted
        ?? terminalTakesClipboard(term: value("TERM"), inTmux: value("TMUX") != nil)
    }
    let hyperlinks: Bool
    switch value("GAZETTE_HYPERLINKS") {
    case "0"?: hyperlinks = false
    case "1"?: hyperlinks = true
    default: hyperlinks = hyperlinksWanted ?? terminalShowsHyperlinks(environment)
    }
    return ActionSettings(
      browser: value("BROWSER"),
      graphicalDisplay: value("DISPLAY") != nil || value("WAYLAND_DISPLAY") != nil,
      clipboard: clipboard, hyperlinks: hyperlinks, saveDirectory: directory,
      searchPath: (value("PATH") ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(
        String.init), home: value("HOME"))
  }

  /// Whether the terminal is one known to show OSC 8 hyperlinks: kitty, WezTerm, foot,
  /// Ghostty, iTerm2, VS Code's terminal, VTE terminals from 0.50 (GNOME Terminal, Tilix).
  ///
  /// Never inside tmux or GNU screen: whether they pass links on depends on their version
  /// and settings, and what their environment says of the outer terminal may be stale.
  static func terminalShowsHyperlinks(_ environment: [String: String]) -> Bool {
    if environment["TMUX"] != nil || environment["STY"] != nil { return false }
    let term = environment["TERM"] ?? ""
    if term.hasPrefix("screen") || term.hasPrefix("tmux") { return false }
    if ["xterm-kitty", "wezterm", "foot", "foot-extra", "xterm-ghostty"].contains(term) {
      return true
    }
    if let program = environment["TERM_PROGRAM"],
      ["iTerm.app", "WezTerm", "vscode", "ghostty"].contains(program)
    {
      return true
    }
    if let vte = environment["VTE_VERSION"].flatMap({ Int($0) }), vte >= 5000 { return true }
    return false
  }

  /// Whether a terminal of type `term` is expected to take OSC 52 (or ignore it quietly).
  static func terminalTakesClipboard(term: String?, inTmux: Bool) -> Bool {
    if inTmux { return true }
    guard let term else { return false }
    if term == "linux" || term == "dumb" || term.hasPrefix("vt") { return false }
    if term.hasPrefix("screen") { return false }
    return true
  }
}
