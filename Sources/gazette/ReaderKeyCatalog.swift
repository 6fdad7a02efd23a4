import GazetteConfig
import GazetteTerminal
import GazetteUI

/// The reader's key map in the config side's terms, and the config's bindings back in the
/// reader's.
///
/// GazetteConfig knows no command by name: the catalog it checks a config file against is made
/// here from `KeyMap.default`, so every command, context, default key and help line is the
/// reader's own. `ReaderKeyCatalogTests` also compares it with docs/keys.md.
enum ReaderKeyCatalog {
  /// The catalog the config file is checked against: every binding of the default key map.
  static let catalog = KeyCommandCatalog(
    contexts: KeyContext.allCases.map(\.rawValue),
    commands: KeyMap.default.bindings.map { binding in
      KeyCommandCatalog.Command(
        name: binding.command.name, context: binding.context.rawValue,
        defaultKeys: binding.keys, summary: binding.command.help)
    })

  /// The reader's key map with the config file's bindings applied.
  ///
  /// Only the bindings whose keys the config changed are replaced, so the others keep what
  /// the help lists of them (the default map lists some keys and keeps others as quiet aliases).
  static func keyMap(for settings: Settings) -> KeyMap {
    let table = settings.keyBindingTable(for: catalog)
    var map = KeyMap.default
    for binding in KeyMap.default.bindings {
      let keys = table.keys(for: binding.command.name, in: binding.context.rawValue)
      if keys != binding.keys {
        map = map.binding(binding.command, keys: keys, in: binding.context)
      }
    }
    return map
  }
}
