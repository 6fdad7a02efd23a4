import GazetteTerminal

/// The keys of every command in every context, after a config file's changes.
///
/// The reader asks it which command a key runs (`command(for:in:)`) and which keys to show in
/// help for a command (`keys(for:in:)`).
public struct KeyBindingTable: Sendable, Equatable {
  /// Context → command → keys, in the order help shows them.
  public private(set) var keysByCommand: [String: [String: [Key]]]
  /// Context → key → command.
  public private(set) var commandsByKey: [String: [Key: String]]

  /// The map with every command on its default keys.
  public init(defaultsOf catalog: KeyCommandCatalog) {
    self = Resolution(resolving: catalog, KeyBindingChanges()).map
  }

  /// Applies `changes` to the defaults of `catalog`, with the problems found on the way.
  ///
  /// In each context: `unbind` takes keys away from their default commands; then each
  /// assigned command gets exactly the keys given (a context's own assignment wins over one
  /// in `[keys]` for every context), and a key assigned to a command is taken away from any
  /// other command that had it by default, as `bind` does in mutt and newsboat. One key written
  /// for two commands of the same context is a problem: which one it should run is unknowable.
  /// Changes naming unknown contexts or commands are ignored here (the file reader reports
  /// them with their positions).
  public static func resolve(_ catalog: KeyCommandCatalog, _ changes: KeyBindingChanges) -> (
    map: KeyBindingTable, problems: [ConfigProblem]
  ) {
    let resolved = Resolution(resolving: catalog, changes)
    return (resolved.map, resolved.problems)
  }

  private init(keysByCommand: [String: [String: [Key]]]) {
    self.keysByCommand = keysByCommand
    var commandsByKey: [String: [Key: String]] = [:]
    for (context, commands) in keysByCommand {
      var byKey: [Key: String] = [:]
      for (command, keys) in commands {
        for key in keys { byKey[key] = command }
      }
      commandsByKey[context] = byKey
    }
    self.commandsByKey = commandsByKey
  }

  /// The command `key` runs in `context`, or nil.
  public func command(for key: Key, in context: String) -> String? {
    commandsByKey[context]?[key]
  }

  /// The keys that run `command` in `context`, in help order; empty when it has none.
  public func keys(for command: String, in context: String) -> [Key] {
    keysByCommand[context]?[command] ?? []
  }

  /// Works out the map context by context.
  private struct Resolution {
    var map: KeyBindingTable
    var problems: [ConfigProblem] = []

    init(resolving catalog: KeyCommandCatalog, _ changes: KeyBindingChanges) {
      var keysByCommand: [String: [String: [Key]]] = [:]
      var problems: [ConfigProblem] = []
      for context in catalog.contexts {
        var keys: [String: [Key]] = [:]
        for command in catalog.commands(in: context) {
          keys[command.name, default: []] += command.defaultKeys
        }
        for unbinding in changes.unbindings
        where unbinding.context == nil || unbinding.context == context {
          for command in keys.keys { keys[command]?.removeAll { $0 == unbinding.key } }
        }
        // A context's own assignment of a command replaces one made for every context.
        var assigned: [String: KeyBindingChanges.Assignment] = [:]
        var order: [String] = []
        for assignment in changes.assignments
        where (assignment.context == nil || assignment.context == context)
          && catalog.has(assignment.command, in: context)
        {
          if let earlier = assigned[assignment.command], earlier.context != nil,
            assignment.context == nil
          {
            continue
          }
          if assigned[assignment.command] == nil { order.append(assignment.command) }
          assigned[assignment.command] = assignment
        }
        var writtenFor: [Key: (command: String, position: SourcePosition?)] = [:]
        for command in order {
          guard let assignment = assigned[command] else { continue }
          var newKeys: [Key] = []
          for (key, position) in assignment.keys {
            if let earlier = writtenFor[key] {
              let message =
                earlier.command == command
                ? "\(key.configName) is given to \(command) twice in \(context)"
                : "\(key.configName) is bound twice in \(context): to \(earlier.command)"
                  + (earlier.position.map { " (line \($0.line))" } ?? "") + " and to \(command)"
              problems.append(ConfigProblem(at: position, message))
              continue
            }
            writtenFor[key] = (command, position)
            newKeys.append(key)
          }
          keys[command] = newKeys
        }
        for (key, owner) in writtenFor {
          for command in keys.keys where command != owner.command {
            keys[command]?.removeAll { $0 == key }
          }
        }
        keysByCommand[context] = keys
      }
      self.map = KeyBindingTable(keysByCommand: keysByCommand)
      // A key bound twice in `[keys]` is a problem in every context; report it once.
      var seen = Set<SourcePosition?>()
      self.problems = problems.filter { seen.insert($0.position).inserted }
    }
  }
}
