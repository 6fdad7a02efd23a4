import GazetteTerminal

/// Which key runs which command where: one table that the reader's dispatch, the `?` overlay
/// and docs/keys.md all read.
///
/// Each binding ties a command in one context to its keys. The first `listedKeys` keys are the
/// ones the help shows; the rest are quiet aliases (`Delete` for `Backspace`, `Shift-Tab` for
/// `Tab`, `Ctrl-C` for `q`), documented in the prose of docs/keys.md. `binding(_:keys:in:)`
/// and `unbinding(_:in:)` make a changed map (a configuration file's rebinding), and
/// `conflicts` finds a key bound to two commands in one context.
public struct KeyMap: Sendable {
  /// A command's keys in one context.
  public struct Binding: Hashable, Sendable {
    /// The command.
    public var command: Command
    /// Where the keys run it.
    public var context: KeyContext
    /// The keys, in the order the help lists them.
    public var keys: [Key]
    /// How many of `keys`, from the first, the help shows.
    public var listedKeys: Int

    /// A binding of `command` in `context` to `keys`, the first `listedKeys` of them shown in
    /// the help.
    public init(command: Command, context: KeyContext, keys: [Key], listedKeys: Int) {
      self.command = command
      self.context = context
      self.keys = keys
      self.listedKeys = listedKeys
    }
  }

  /// A key bound to more than one command in one context.
  public struct Conflict: Hashable, Sendable {
    /// The key.
    public var key: Key
    /// Where.
    public var context: KeyContext
    /// The commands it is bound to, in table order (the first one wins).
    public var commands: [Command]
  }

  /// Every binding, in table order.
  public private(set) var bindings: [Binding]
  /// The command of each key, by context (the first binding wins a conflict).
  private var lookup: [KeyContext: [Key: Command]] = [:]

  /// A key map of `bindings`.
  public init(bindings: [Binding]) {
    self.bindings = bindings
    for binding in bindings {
      for key in binding.keys where lookup[binding.context]?[key] == nil {
        lookup[binding.context, default: [:]][key] = binding.command
      }
    }
  }

  /// The command `key` runs in `context`, if any.
  public func command(for key: Key, in context: KeyContext) -> Command? {
    lookup[context]?[key]
  }

  /// The keys that run `command` in `context`, in help order.
  public func keys(for command: Command, in context: KeyContext) -> [Key] {
    bindings.first { $0.command == command && $0.context == context }?.keys ?? []
  }

  /// The keys of `command` in `context` that the help shows.
  public func listedKeys(for command: Command, in context: KeyContext) -> [Key] {
    guard let binding = bindings.first(where: { $0.command == command && $0.context == context })
    else { return [] }
    return Array(binding.keys.prefix(binding.listedKeys))
  }

  /// This map with `command` run by exactly `keys` (all listed in the help), in `context` or,
  /// when `context` is `nil`, in every context where the command has a binding.
  ///
  /// A command bound in a context where it had no binding gets one; no keys unbinds it there.
  public func binding(_ command: Command, keys: [Key], in context: KeyContext? = nil) -> KeyMap {
    var bindings = self.bindings
    var found = false
    for index in bindings.indices
    where bindings[index].command == command
      && (context == nil || bindings[index].context == context)
    {
      bindings[index].keys = keys
      bindings[index].listedKeys = keys.count
      found = true
    }
    if !found, let context {
      bindings.append(
        Binding(command: command, context: context, keys: keys, listedKeys: keys.count))
    }
    return KeyMap(bindings: bindings)
  }

  /// This map without `key`, in `context` or, when `context` is `nil`, everywhere.
  public func unbinding(_ key: Key, in context: KeyContext? = nil) -> KeyMap {
    var bindings = self.bindings
    for index in bindings.indices where context == nil || bindings[index].context == context {
      if let position = bindings[index].keys.firstIndex(of: key) {
        bindings[index].keys.remove(at: position)
        if position < bindings[index].listedKeys { bindings[index].listedKeys -= 1 }
      }
    }
    return KeyMap(bindings: bindings)
  }

  /// Every key bound to more than one command in one context, in table order.
  public var conflicts: [Conflict] {
    var commandsOfKey: [KeyContext: [Key: [Command]]] = [:]
    var order: [(KeyContext, Key)] = []
    for binding in bindings {
      for key in binding.keys {
        if commandsOfKey[binding.context]?[key] == nil { order.append((binding.context, key)) }
        commandsOfKey[binding.context, default: [:]][key, default: []].append(binding.command)
      }
    }
    return order.compactMap { context, key in
      let commands = commandsOfKey[context]?[key] ?? []
      return commands.count > 1 ? Conflict(key: key, context: context, commands: commands) : nil
    }
  }
}
