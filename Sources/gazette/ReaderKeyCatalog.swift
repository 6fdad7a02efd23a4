import GazetteConfig
import GazetteTerminal
import GazetteUI

/// The reader's commands and default keys, as the config file names and checks them, and the
/// reader's key map with a config file's changes applied.
///
/// The catalog is made from the reader's own key map (`KeyMap.default`), so a command added
/// to the reader can be bound, and checked, in the config file at once; every key a binding
/// has is in the catalog, the help's quiet aliases (`Delete`, `Shift-Tab`, `Ctrl-C`) too, so
/// `config check` finds a key bound twice in one context whichever key it is.
enum ReaderKeyCatalog {
  /// The contexts a key works in: the list, the reader pane, the source picker, the search
  /// prompt, and the help and problems overlays.
  static let contexts = KeyContext.allCases.map(\.rawValue)

  /// The catalog the config file is checked against.
  static let catalog = KeyCommandCatalog(
    contexts: contexts,
    commands: KeyMap.default.bindings.map { binding in
      KeyCommandCatalog.Command(
        name: binding.command.name, context: binding.context.rawValue, defaultKeys: binding.keys,
        summary: binding.command.help)
    })

  /// The reader's key map with `settings`' key bindings applied: each command gets the keys
  /// the resolved table gives it; a command whose keys did not change keeps its help listing
  /// (its quiet aliases stay out of the `?` help), a changed one lists all its keys.
  static func keyMap(for settings: Settings) -> KeyMap {
    let base = KeyMap.default
    guard !settings.keyBindings.isEmpty else { return base }
    let table = settings.keyBindingTable(for: catalog)
    return KeyMap(
      bindings: base.bindings.map { binding in
        let keys = table.keys(for: binding.command.name, in: binding.context.rawValue)
        guard keys != binding.keys else { return binding }
        return KeyMap.Binding(
          command: binding.command, context: binding.context, keys: keys, listedKeys: keys.count)
      })
  }
}
