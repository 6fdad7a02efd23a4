import GazetteModel
import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// What a config file sets, as the reader applies it through `ReaderOptions`: a rebound key
/// map, colours (256-colour palette, the terminal's default, `NO_COLOR` winning), the layout,
/// the date format and the dwell and browser handed on.
@Suite struct ReaderSettingsTests {
  @Test func aReboundKeyMapDrivesTheReaderAndTheHelp() {
    let keyMap = KeyMap.default.binding(.down, keys: [.character("x")], in: .list)
      .unbinding(.character("j"))
    var driver = ReducerDriver(options: ReaderOptions(dataDirectory: "data", keyMap: keyMap))
    driver.press(.character("x"))
    #expect(driver.state.list.selectedRow == 1)
    driver.press(.character("j"))
    #expect(driver.state.list.selectedRow == 1, "j is unbound")
    #expect(driver.state.helpLines.first?.keys == "↑ x  k", "up: ↑ k, down: x, in columns")
  }

  @Test func colourChangesApplyAndNoColorKeepsOnlyTheAttributes() {
    let changes: [String: StyleChange] = [
      "selection": StyleChange(
        foreground: .palette(PaletteColor(index: 214)), background: .terminalDefault, bold: false),
      "list_date": StyleChange(foreground: .palette(.magenta), underline: true),
    ]
    let colour = Theme.standard(colors: true, changes: changes)
    #expect(colour.selection.foreground == PaletteColor(index: 214))
    #expect(colour.selection.background == nil)
    #expect(!colour.selection.bold)
    #expect(colour.selection.reverse, "what the change leaves keeps the theme's")
    #expect(colour.listDate == Style(foreground: .magenta, underline: true))
    let mono = Theme.standard(colors: false, changes: changes)
    #expect(mono.selection.foreground == nil)
    #expect(mono.listDate.foreground == nil)
    #expect(mono.listDate.underline)
    #expect(Theme.parts.map(\.name).count == Set(Theme.parts.map(\.name)).count)
  }

  @Test func theLayoutSettingsPlaceThePanes() {
    let wide = ScreenLayout(
      size: GridSize(width: 200, height: 50),
      settings: PaneLayout(listWidth: .columns(60), sideBySideMinimumWidth: 100, maxTextWidth: 80))
    #expect(wide.arrangement == .sideBySide)
    #expect(wide.list.width == 60)
    #expect(wide.readerText.width == 80, "text stays readable on a 200-column terminal")
    let share = ScreenLayout(
      size: GridSize(width: 120, height: 40), settings: PaneLayout(listWidth: .percent(25)))
    #expect(share.list.width == 30)
    let stacked = ScreenLayout(
      size: GridSize(width: 120, height: 40), settings: PaneLayout(sideBySideMinimumWidth: 140))
    #expect(stacked.arrangement == .stacked)
    let unlimited = ScreenLayout(
      size: GridSize(width: 200, height: 50), settings: PaneLayout(maxTextWidth: 0))
    #expect(unlimited.readerText.width == unlimited.reader.width - 2)
    let tooWide = PaneLayout(listWidth: .columns(500))
    #expect(tooWide.listColumns(of: 120) == 99, "the reader keeps 20 columns")
  }

  @Test func theListWritesDatesInTheGivenFormat() {
    let options = ReaderOptions(
      dataDirectory: "data", formatDate: { "\($0.day)/\($0.month)/\($0.year)" })
    let driver = ReducerDriver(size: GridSize(width: 120, height: 30), options: options)
    #expect(driver.state.dateWidth == 10)
    let grid = ScreenView.render(driver.state).grid
    // The marks column (unread: `•`) comes first.
    #expect(grid.rowText(1).hasPrefix(" • 5/5/2023"))
  }

  @Test func dwellAndBrowserAreHandedOn() {
    let options = ReaderOptions(
      dataDirectory: "d", browser: "w3m %s", readDwellMilliseconds: 500)
    #expect(options.readDwellMilliseconds == 500)
    #expect(options.browser == "w3m %s")
  }
}
