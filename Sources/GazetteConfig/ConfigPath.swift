/// Where a value sits in the TOML document: table keys and array indices from the root.
public struct ConfigPath: Hashable, Sendable, CustomStringConvertible {
  /// One step from a table or array to what it holds.
  public enum Component: Hashable, Sendable {
    /// A key of a table.
    case key(String)
    /// A position in an array, from 0.
    case index(Int)
  }

  /// The steps from the document's root table.
  public var components: [Component]

  /// Creates a path from its steps.
  public init(_ components: [Component] = []) {
    self.components = components
  }

  /// A path of table keys only.
  public init(keys: [String]) {
    self.components = keys.map { .key($0) }
  }

  /// This path followed by `key`.
  public func appending(_ key: String) -> ConfigPath {
    ConfigPath(components + [.key(key)])
  }

  /// This path followed by the array position `index`.
  public func appending(index: Int) -> ConfigPath {
    ConfigPath(components + [.index(index)])
  }

  /// The dotted form users write, `keys.list.next[1]`.
  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        if !text.isEmpty { text += "." }
        text += key
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text
  }
}
