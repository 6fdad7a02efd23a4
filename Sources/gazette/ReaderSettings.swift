import GazetteConfig
import GazetteModel
import GazetteTerminal
import GazetteUI

/// The reader's options from the resolved settings (defaults, then the config file, then the
/// command line): keys, colours, layout, date format, sort, dwell and browser.
enum ReaderSettings {
  /// Options for reading `directory` with `settings`; the caller adds the query and whether
  /// the terminal shows colours.
  static func options(for settings: Settings, directory: String) -> ReaderOptions {
    let dateFormat = settings.dateFormat
    return ReaderOptions(
      dataDirectory: directory,
      keyMap: ReaderKeyCatalog.keyMap(for: settings),
      styleChanges: settings.colors.mapValues(styleChange),
      layout: layout(settings.layout),
      formatDate: { dateFormat.format(year: $0.year, month: $0.month, day: $0.day) },
      sort: SortOptions.order(of: settings),
      browser: settings.browser,
      readDwellMilliseconds: Int((settings.readDwellSeconds * 1000).rounded()))
  }

  /// A `[colors]` entry as the reader's theme change.
  static func styleChange(_ style: ColorStyle) -> StyleChange {
    StyleChange(
      foreground: style.foreground.map(color), background: style.background.map(color),
      bold: style.bold, dim: style.dim, underline: style.underline, reverse: style.reverse)
  }

  private static func color(_ color: ConfigColor) -> StyleChange.Color {
    switch color {
    case .terminalDefault: return .terminalDefault
    case .palette(let index): return .palette(PaletteColor(index: UInt8(clamping: index)))
    }
  }

  /// The config's `[layout]` as the reader's pane layout.
  static func layout(_ layout: LayoutSettings) -> PaneLayout {
    let listWidth: PaneLayout.ListWidth
    switch layout.listWidth {
    case .columns(let columns): listWidth = .columns(columns)
    case .percent(let percent): listWidth = .percent(percent)
    }
    return PaneLayout(
      listWidth: listWidth, sideBySideMinimumWidth: layout.sideBySideMinimumWidth,
      maxTextWidth: layout.maxTextWidth)
  }
}
