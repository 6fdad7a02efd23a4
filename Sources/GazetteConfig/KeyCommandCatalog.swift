import GazetteTerminal

/// The commands a config file can bind, by context, with their default keys.
///
/// The reader's key map supplies it; the config side knows no command by name, so the same
/// parser and validator serve whatever commands the reader has.
public struct KeyCommandCatalog: Sendable, Equatable {
  /// One command of one context.
  public struct Command: Sendable, Hashable {
    /// The name a config file uses, such as `next` or `open-source-picker`.
    public var name: String
    /// The context it works in, such as `list` or `reader`.
    public var context: String
    /// The keys that run it when the config changes nothing, in the order help shows them.
    public var defaultKeys: [Key]
    /// What it does, as the help line says it.
    public var summary: String

    /// Creates a command.
    public init(name: String, context: String, defaultKeys: [Key], summary: String) {
      self.name = name
      self.context = context
      self.defaultKeys = defaultKeys
      self.summary = summary
    }
  }

  /// The contexts, in the order a default file lists them.
  public var contexts: [String]
  /// Every command, in help order within each context.
  public var commands: [Command]

  /// Creates a catalog.
  public init(contexts: [String], commands: [Command]) {
    self.contexts = contexts
    self.commands = commands
  }

  /// The commands of `context`, in help order.
  public func commands(in context: String) -> [Command] {
    commands.filter { $0.context == context }
  }

  /// Every distinct command name, in catalog order.
  public var commandNames: [String] {
    var seen = Set<String>()
    return commands.map(\.name).filter { seen.insert($0).inserted }
  }

  /// Whether `context` has a command called `name`.
  public func has(_ name: String, in context: String) -> Bool {
    commands.contains { $0.name == name && $0.context == context }
  }
}
