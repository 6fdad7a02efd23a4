import GazetteTerminal

/// What a config file changes in the key map: keys given to commands, and keys removed.
public struct KeyBindingChanges: Sendable, Equatable {
  /// A command given a new set of keys (replacing its defaults).
  public struct Assignment: Sendable, Equatable {
    /// The context, or nil for every context that has the command (`[keys]` itself).
    public var context: String?
    /// The command's name.
    public var command: String
    /// The keys, each with where it was written.
    public var keys: [(key: Key, position: SourcePosition?)]

    /// Creates an assignment.
    public init(
      context: String?, command: String, keys: [(key: Key, position: SourcePosition?)]
    ) {
      self.context = context
      self.command = command
      self.keys = keys
    }

    /// Compares contexts, commands and keys with their positions.
    public static func == (lhs: Assignment, rhs: Assignment) -> Bool {
      lhs.context == rhs.context && lhs.command == rhs.command
        && lhs.keys.map(\.key) == rhs.keys.map(\.key)
        && lhs.keys.map(\.position) == rhs.keys.map(\.position)
    }
  }

  /// A key that runs nothing any more.
  public struct Unbinding: Sendable, Equatable {
    /// The context, or nil for every context.
    public var context: String?
    /// The key.
    public var key: Key
    /// Where it was written.
    public var position: SourcePosition?

    /// Creates an unbinding.
    public init(context: String?, key: Key, position: SourcePosition?) {
      self.context = context
      self.key = key
      self.position = position
    }
  }

  /// The commands given keys, in file order.
  public var assignments: [Assignment]
  /// The keys unbound, in file order.
  public var unbindings: [Unbinding]

  /// Creates changes (none by default).
  public init(assignments: [Assignment] = [], unbindings: [Unbinding] = []) {
    self.assignments = assignments
    self.unbindings = unbindings
  }

  /// Whether nothing changes.
  public var isEmpty: Bool { assignments.isEmpty && unbindings.isEmpty }

}
