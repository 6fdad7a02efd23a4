import GazetteTerminal
import Testing

@testable import GazetteConfig

/// `ConfigFileReader`: settings from TOML text, and every problem at its line and column.
@Suite struct ConfigFileReaderTests {
  private let reader = ConfigFileReader(
    catalog: SampleCatalog.catalog, baseDirectory: "/etc/conf", home: "/home/ann")

  private func messages(_ text: String) -> [String] {
    reader.read(text).problems.map { $0.formatted(file: "config.toml") }
  }

  @Test func readsEverySetting() throws {
    let (settings, problems) = reader.read(
      """
      data = "~/notices"
      date_format = "%e %b %Y"
      read_dwell = 1.5
      browser = "w3m %s:firefox"
      hyperlinks = "never"
      clipboard = "always"
      terminal_browsers = ["w3m", "my-reader"]
      save_directory = "~/saved"
      [sort]
      by = "views"
      reverse = true
      [layout]
      list_width = 48
      side_by_side_from = 120
      max_text_width = 0
      [colors]
      list_date = "bright-green"
      selection = { foreground = 33, background = "default", bold = true, reverse = false }
      """)
    #expect(problems == [])
    #expect(settings.dataDirectory == "/home/ann/notices")
    #expect(settings.dateFormat?.format(year: 2023, month: 5, day: 5) == " 5 May 2023")
    #expect(settings.readDwellSeconds == 1.5)
    #expect(settings.browser == "w3m %s:firefox")
    #expect(settings.hyperlinks == .never)
    #expect(settings.clipboard == .always)
    #expect(settings.terminalBrowsers == ["w3m", "my-reader"])
    #expect(settings.saveDirectory == "/home/ann/saved")
    #expect(settings.sortField == .views)
    #expect(settings.sortReversed == true)
    #expect(settings.listWidth == .columns(48))
    #expect(settings.sideBySideMinimumWidth == 120)
    #expect(settings.maxTextWidth == 0)
    #expect(settings.colors["list_date"] == ColorStyle(foreground: .palette(10)))
    #expect(
      settings.colors["selection"]
        == ColorStyle(
          foreground: .palette(33), background: .terminalDefault, bold: true, reverse: false))
  }

  @Test func readsFeatureSwitchesAsWordsOrBooleans() {
    #expect(reader.read("clipboard = false").settings.clipboard == .never)
    #expect(reader.read("clipboard = true").settings.clipboard == .always)
    #expect(reader.read("hyperlinks = \"auto\"").settings.hyperlinks == .auto)
    #expect(reader.read("save_directory = \"out\"").settings.saveDirectory == "/etc/conf/out")
    #expect(reader.read("").settings.clipboard == nil)
  }

  @Test func reportsBadBrowserListsAndSaveDirectories() {
    #expect(
      messages(
        """
        terminal_browsers = "w3m"
        clipboard = "sometimes"
        save_directory = ""
        """)
        == [
          "config.toml:1:21: terminal_browsers must be a list of program names ([\"w3m\", \"lynx\"]), not a string",
          "config.toml:2:13: clipboard must be \"auto\", \"always\", \"never\", not \"sometimes\"",
          "config.toml:3:18: save_directory must name a directory",
        ])
    #expect(
      messages("terminal_browsers = [\"w3m\", 3, \"/usr/bin/lynx\", \"\"]")
        == [
          "config.toml:1:29: terminal_browsers must list names as strings, not an integer",
          "config.toml:1:32: terminal_browsers must list program names such as \"w3m\", not \"/usr/bin/lynx\"",
          "config.toml:1:49: terminal_browsers must list program names such as \"w3m\", not \"\"",
        ])
  }

  @Test func takesARelativeDataPathFromTheConfigDirectory() {
    #expect(reader.read("data = \"notices\"").settings.dataDirectory == "/etc/conf/notices")
    #expect(reader.read("data = \"/srv/n\"").settings.dataDirectory == "/srv/n")
    #expect(reader.read("[layout]\nlist_width = \"35%\"").settings.listWidth == .percent(35))
  }

  @Test func reportsUnknownKeysWithTheClosestName() {
    #expect(
      messages("colour = 1\n[layout]\n  list_widht = 3\n[sort]\nbye = 1")
        == [
          "config.toml:1:1: unknown setting \"colour\" at the top level; did you mean \"colors\"?",
          "config.toml:3:3: unknown setting \"list_widht\" in [layout]; did you mean \"list_width\"?",
          "config.toml:5:1: unknown setting \"bye\" in [sort]; did you mean \"by\"?",
        ])
  }

  @Test func reportsWrongTypesAtTheValue() {
    #expect(
      messages("date_format = 5\nread_dwell = \"soon\"\n[sort]\nreverse = \"yes\"")
        == [
          "config.toml:1:15: date_format must be a string, not an integer",
          "config.toml:2:14: read_dwell must be a number of seconds, not a string",
          "config.toml:4:11: sort.reverse must be true or false, not a string",
        ])
    #expect(
      messages("layout = 3") == [
        "config.toml:1:10: layout must be a table ([layout]), not an integer"
      ])
  }

  @Test func reportsBadValues() {
    let problems = messages(
      """
      date_format = "%H:%M"
      hyperlinks = "sometimes"
      [sort]
      by = "dat"
      [layout]
      list_width = "150%"
      side_by_side_from = 5
      [colors]
      title = "blu"
      body = 300
      selction = "red"
      match = { foreground = "red", blink = true }
      """)
    #expect(
      problems == [
        "config.toml:1:15: the date format uses %H, which a day's date cannot fill in; use "
          + "%Y %y %m %d %e %b %B %a %A %j (and %-m, %-d for no leading zero)",
        "config.toml:2:14: hyperlinks must be \"auto\", \"always\", \"never\", not \"sometimes\"",
        "config.toml:4:6: sort.by must be one of date, source, title, views, not \"dat\"; "
          + "did you mean \"date\"?",
        "config.toml:6:14: layout.list_width must be from 1% to 99%",
        "config.toml:7:21: layout.side_by_side_from must be from 20 to 10000",
        "config.toml:9:9: unknown colour \"blu\"; did you mean \"blue\"?",
        "config.toml:10:8: colors.body: palette colours go from 0 to 255",
        "config.toml:11:1: unknown part of the screen \"selction\" in [colors]; did you mean \"selection\"?",
        "config.toml:12:31: unknown setting \"blink\" in colors.match "
          + "(known: foreground, background, bold, dim, underline, reverse)",
      ])
  }

  @Test func reportsASyntaxErrorWithTOMLKitsPosition() throws {
    let problems = reader.read("a = 1\nb = = 2\n").problems
    #expect(problems.count == 1)
    let problem = try #require(problems.first)
    #expect(problem.position?.line == 2)
    #expect(problem.message == "invalid TOML in a value: could not determine value type")
    #expect(
      reader.read("[layout]\n[layout]\n").problems.map { $0.formatted(file: "c") }
        == ["c:2:1: invalid TOML in a table header: cannot redefine existing table 'layout'"])
  }

  /// toml++ aborts the process on a table header without a key and on an array element that
  /// starts with `}`; the reader reports them instead.
  @Test(arguments: [
    ("[=", "config.toml:1:2: invalid TOML in a table header: expected a key, saw '='"),
    ("[[ .a]]", "config.toml:1:4: invalid TOML in a table header: expected a key, saw '.'"),
    (
      "x = 1\n[\ny = 2",
      "config.toml:2:2: invalid TOML in a table header: expected a key, saw the end of the line"
    ),
    ("x = 1\n  [ é ]", "config.toml:2:5: invalid TOML in a table header: expected a key, saw 'é'"),
    (
      "[",
      "config.toml:1:2: invalid TOML in a table header: expected a key, saw the end of the file"
    ),
    ("a = [1, }]", "config.toml:1:9: invalid TOML in an array: expected a value, saw '}'"),
    ("a = [\n  [}]]", "config.toml:2:4: invalid TOML in an array: expected a value, saw '}'"),
    // An earlier error is the one reported.
    ("x = = 1\n[=]", "config.toml:1:5: invalid TOML in a value: could not determine value type"),
  ])
  func reportsAHeaderWithoutAKeyInsteadOfCrashing(text: String, expected: String) {
    #expect(messages(text) == [expected])
  }

  @Test func readsKeyBindingsPerContextAndForEveryContext() {
    let (settings, problems) = reader.read(
      """
      [keys]
      quit = ["x", "C-q"]
      unbind = "h"
      [keys.list]
      down = ["n", "Down"]
      unbind = ["l"]
      """)
    #expect(problems == [])
    let map = KeyBindingTable.resolve(SampleCatalog.catalog, settings.keyBindings).map
    #expect(map.keys(for: "quit", in: "list") == SampleCatalog.keys("x", "C-q"))
    #expect(map.keys(for: "quit", in: "reader") == SampleCatalog.keys("x", "C-q"))
    #expect(map.command(for: .character("q"), in: "list") == nil)
    #expect(map.keys(for: "down", in: "list") == SampleCatalog.keys("n", "Down"))
    #expect(map.keys(for: "down", in: "reader") == SampleCatalog.keys("Down", "j"))
    #expect(map.keys(for: "open", in: "list") == SampleCatalog.keys("Enter"))
    #expect(map.keys(for: "back", in: "reader") == SampleCatalog.keys("Left", "Escape"))
  }

  @Test func reportsUnknownCommandsContextsAndKeyNames() {
    #expect(
      messages(
        """
        [keys]
        qiut = "x"
        [keys.lst]
        down = "j"
        [keys.list]
        nxt-match = "m"
        next-match = "m"
        down = ["j", "PageDwn", 3]
        [keys.prompt]
        accept = "C-m"
        """)
        == [
          "config.toml:2:1: unknown command \"qiut\" in [keys]; did you mean \"quit\"?",
          "config.toml:3:7: unknown key context \"lst\"; did you mean \"list\"?",
          "config.toml:6:1: unknown command \"nxt-match\" in [keys.list]; "
            + "did you mean \"next-match\" (a command of [keys.reader])?",
          "config.toml:7:1: next-match is not a command of [keys.list] (it is one of [keys.reader])",
          "config.toml:8:14: unknown key name \"PageDwn\"; did you mean PageDown?",
          "config.toml:8:25: keys.list.down must list keys as strings, not an integer",
          "config.toml:10:10: C-m reaches Gazette as Enter; write Enter",
        ])
  }

  @Test func reportsAKeyBoundTwiceInOneContext() {
    #expect(
      messages(
        """
        [keys.list]
        down = ["j", "x"]
        up = ["k", "x"]
        search = ["/", "/"]
        """)
        == [
          "config.toml:3:12: x is bound twice in list: to down (line 2) and to up",
          "config.toml:4:16: / is given to search twice in list",
        ])
    // A key bound for every context and again in one context is bound twice there.
    #expect(
      messages("[keys]\nquit = \"z\"\n[keys.reader]\nback = \"z\"")
        == ["config.toml:4:8: z is bound twice in reader: to quit (line 2) and to back"])
  }

  @Test func aContextAssignmentWinsOverOneForEveryContext() {
    let (settings, problems) = reader.read("[keys]\nquit = \"x\"\n[keys.reader]\nquit = \"Q\"")
    #expect(problems == [])
    let map = settings.keyMapChanges(SampleCatalog.catalog)
    #expect(map.keys(for: "quit", in: "reader") == SampleCatalog.keys("Q"))
    #expect(map.keys(for: "quit", in: "list") == SampleCatalog.keys("x"))
  }
}

extension SettingsOverrides {
  fileprivate func keyMapChanges(_ catalog: KeyCommandCatalog) -> KeyBindingTable {
    Settings.defaults.applying(self).keyBindingTable(for: catalog)
  }
}
