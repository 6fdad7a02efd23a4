import Testing

@testable import GazetteConfig

/// `DefaultConfigFile`: the printed default passes its own check and changes nothing.
@Suite struct DefaultConfigFileTests {
  private let catalog = SampleCatalog.catalog

  @Test func passesTheCheckAndGivesTheDefaults() {
    let text = DefaultConfigFile.text(catalog: catalog)
    let (overrides, problems) = ConfigFileReader(catalog: catalog).read(text)
    #expect(problems == [])
    let settings = Settings.defaults.applying(overrides)
    #expect(settings.keyBindingTable(for: catalog) == KeyBindingTable(defaultsOf: catalog))
    var withoutKeys = settings
    withoutKeys.keyBindings = KeyBindingChanges()
    #expect(withoutKeys == Settings.defaults)
  }

  @Test func listsEveryContextCommandAndPartOfTheScreen() {
    let text = DefaultConfigFile.text(catalog: catalog)
    for context in catalog.contexts { #expect(text.contains("[keys.\(context)]")) }
    #expect(text.contains("next-match = [\"n\"]"))
    #expect(text.contains("back = [\"Left\", \"h\", \"Escape\"]  # back"))
    for element in ColorStyle.elementNames { #expect(text.contains(element)) }
    // Every setting outside [keys] comes with a comment explaining it.
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let keysStart = lines.firstIndex(of: "[keys]") ?? lines.endIndex
    for (index, line) in lines[..<keysStart].enumerated()
    where line.contains(" = ") && !line.hasPrefix("#") {
      #expect(lines[index - 1].hasPrefix("#"), "\(line)")
    }
  }

  @Test func quotesStringsForTOML() {
    #expect(DefaultConfigFile.quoted("a\"b\\c") == "\"a\\\"b\\\\c\"")
  }
}
