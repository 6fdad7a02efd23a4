import Testing

@testable import GazetteConfig

/// `Settings.merged`: the command line over the file over the defaults.
@Suite struct SettingsTests {
  @Test func laterLayersWinSettingBySetting() {
    var file = SettingsOverrides()
    file.dataDirectory = "/from/file"
    file.sortField = .title
    file.maxTextWidth = 72
    file.colors["title"] = ColorStyle(foreground: .palette(4), bold: true)
    var commandLine = SettingsOverrides()
    commandLine.dataDirectory = "/from/options"
    commandLine.colors["title"] = ColorStyle(bold: false)
    let settings = Settings.merged(file: file, commandLine: commandLine)
    #expect(settings.dataDirectory == "/from/options")
    #expect(settings.sort == SortOrder(field: .title))
    #expect(settings.layout.maxTextWidth == 72)
    #expect(
      settings.layout.sideBySideMinimumWidth == LayoutSettings.defaults.sideBySideMinimumWidth)
    #expect(settings.colors["title"] == ColorStyle(foreground: .palette(4), bold: false))
    #expect(settings.dateFormat == .iso)
  }

  @Test func withoutAFileTheDefaultsStand() {
    #expect(Settings.merged(file: nil, commandLine: SettingsOverrides()) == .defaults)
  }

  @Test func listWidthLeavesTheReaderRoom() {
    #expect(ListWidth.percent(40).columns(of: 120) == 48)
    #expect(ListWidth.columns(60).columns(of: 200) == 60)
    #expect(ListWidth.columns(90).columns(of: 100) == 80)
    #expect(LayoutSettings.defaults.textWidth(inPane: 150) == 100)
    #expect(
      LayoutSettings(listWidth: .percent(40), sideBySideMinimumWidth: 100, maxTextWidth: 0)
        .textWidth(inPane: 150) == 150)
  }

  @Test func theConfigPathFollowsXDG() {
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/a"])
        == "/x/conf/gazette/config.toml")
    #expect(
      ConfigFile.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a/"])
        == "/home/a/.config/gazette/config.toml")
    #expect(
      ConfigFile.defaultPath(environment: ["HOME": "/home/a"])
        == "/home/a/.config/gazette/config.toml")
  }
}
