import GazetteTerminal
import TOMLKit

/// Reads the text of a config file into settings, collecting every problem with its place.
///
/// One pass over the parsed document checks each key against the settings Gazette knows
/// and each value against the type it needs; the `TOMLSourceMap` of the same text supplies the
/// line and column of each. A problem never stops the pass, so `gazette config check` lists
/// them all at once.
public struct ConfigFileReader {
  /// The commands and contexts key bindings are checked against.
  public let catalog: KeyCommandCatalog
  /// The directory a relative `data` path is taken from (the config file's own directory).
  public let baseDirectory: String?
  /// The home directory, for `~` in paths.
  public let home: String?

  /// The settings at the top of the file.
  public static let topLevelNames = [
    "data", "date_format", "browser", "read_dwell", "hyperlinks", "clipboard",
    "terminal_browsers", "save_directory", "sort", "layout", "colors", "keys",
  ]
  /// The settings of `[sort]`.
  public static let sortNames = ["by", "reverse"]
  /// The settings of `[layout]`.
  public static let layoutNames = ["list_width", "side_by_side_from", "max_text_width"]
  /// The word a keys table uses for keys that run nothing.
  public static let unbindName = "unbind"

  /// Creates a reader.
  public init(catalog: KeyCommandCatalog, baseDirectory: String? = nil, home: String? = nil) {
    self.catalog = catalog
    self.baseDirectory = baseDirectory
    self.home = home
  }

  /// The syntax error TOMLKit finds in `text`, if any.
  static func syntaxProblem(_ text: String) -> ConfigProblem? {
    do {
      _ = try TOMLTable(string: text)
      return nil
    } catch let error as TOMLParseError {
      let position = SourcePosition(
        line: error.source.begin.line, column: error.source.begin.column)
      return ConfigProblem(at: position, syntaxMessage(error.description))
    } catch {
      return ConfigProblem(at: nil, "\(error)")
    }
  }

  /// toml++'s "Error while parsing table header: expected ']'" as "invalid TOML in a table
  /// header: expected ']'", in the lower-case style of the other messages.
  static func syntaxMessage(_ description: String) -> String {
    let prefix = "Error while parsing "
    guard description.hasPrefix(prefix), let colon = description.range(of: ": ") else {
      return "invalid TOML: " + description
    }
    let part = description[
      description.index(description.startIndex, offsetBy: prefix.count)..<colon.lowerBound]
    return "invalid TOML in a \(part): " + description[colon.upperBound...]
  }

  /// The settings `text` gives and its problems, in file order.
  public func read(_ text: String) -> (settings: SettingsOverrides, problems: [ConfigProblem]) {
    let map = TOMLSourceMap(scanning: text)
    if let crash = map.crashingSyntax, let position = crash.position {
      // toml++ would abort the process here. With the spot defused, TOMLKit still reports an
      // error before it, which is the one to fix first.
      if let defused = map.defusedText, let earlier = Self.syntaxProblem(defused),
        let earlierPosition = earlier.position, earlierPosition < position
      {
        return (SettingsOverrides(), [earlier])
      }
      return (SettingsOverrides(), [crash])
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let position = SourcePosition(
        line: error.source.begin.line, column: error.source.begin.column)
      return (
        SettingsOverrides(), [ConfigProblem(at: position, Self.syntaxMessage(error.description))]
      )
    } catch {
      return (SettingsOverrides(), [ConfigProblem(at: nil, "\(error)")])
    }
    var pass = Pass(reader: self, map: map)
    pass.readDocument(table)
    let keyProblems = KeyBindingTable.resolve(catalog, pass.settings.keyBindings).problems
    return (pass.settings, (pass.problems + keyProblems).sorted())
  }
}

/// One reading of a document: the settings found so far and the problems.
private struct Pass {
  let reader: ConfigFileReader
  let map: TOMLSourceMap
  var settings = SettingsOverrides()
  var problems: [ConfigProblem] = []

  init(reader: ConfigFileReader, map: TOMLSourceMap) {
    self.reader = reader
    self.map = map
  }

  mutating func problem(atKey path: ConfigPath, _ message: String) {
    problems.append(ConfigProblem(at: map.keyPosition(path), message))
  }

  mutating func problem(atValue path: ConfigPath, _ message: String) {
    problems.append(ConfigProblem(at: map.valuePosition(path), message))
  }

  mutating func unknownKey(
    _ key: String, at path: ConfigPath, among names: [String], in place: String
  ) {
    var message = "unknown setting \"\(key)\" \(place)"
    if let suggestion = Suggestion.closest(to: key, among: names) {
      message += "; did you mean \"\(suggestion)\"?"
    } else {
      message += " (known: \(names.joined(separator: ", ")))"
    }
    problem(atKey: path, message)
  }

  static func describe(_ value: TOMLValueConvertible) -> String {
    switch value.type {
    case .table: return "a table"
    case .array: return "an array"
    case .string: return "a string"
    case .int: return "an integer"
    case .double: return "a number with a fraction"
    case .bool: return "true or false"
    case .date: return "a date"
    case .time: return "a time"
    case .dateTime: return "a date and time"
    }
  }

  mutating func wrongType(_ path: ConfigPath, _ value: TOMLValueConvertible, expected: String) {
    problem(atValue: path, "\(path) must be \(expected), not \(Self.describe(value))")
  }

  mutating func string(_ value: TOMLValueConvertible, at path: ConfigPath) -> String? {
    guard let string = value.string else {
      wrongType(path, value, expected: "a string")
      return nil
    }
    return string
  }

  mutating func bool(_ value: TOMLValueConvertible, at path: ConfigPath) -> Bool? {
    guard let bool = value.bool else {
      wrongType(path, value, expected: "true or false")
      return nil
    }
    return bool
  }

  mutating func integer(
    _ value: TOMLValueConvertible, at path: ConfigPath, in range: ClosedRange<Int>
  ) -> Int? {
    guard value.type == .int, let number = value.int else {
      wrongType(path, value, expected: "a whole number")
      return nil
    }
    guard range.contains(number) else {
      problem(atValue: path, "\(path) must be from \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return number
  }

  /// `"auto"`, `"always"` or `"never"`; `true` and `false` are taken as the last two.
  mutating func featureMode(_ value: TOMLValueConvertible, at path: ConfigPath) -> FeatureMode? {
    if let bool = value.bool { return bool ? .always : .never }
    guard let text = string(value, at: path) else { return nil }
    guard let mode = FeatureMode(rawValue: text) else {
      let names = FeatureMode.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      problem(atValue: path, "\(path) must be \(names), not \"\(text)\"")
      return nil
    }
    return mode
  }

  /// A list of program names, such as `["w3m", "lynx"]`: each a non-empty string without `/`
  /// or spaces (the name a command line starts with).
  mutating func commandNames(_ value: TOMLValueConvertible, at path: ConfigPath) -> [String]? {
    guard let array = value.array else {
      wrongType(path, value, expected: "a list of program names ([\"w3m\", \"lynx\"])")
      return nil
    }
    var names: [String] = []
    for (offset, item) in array.enumerated() {
      let itemPath = path.appending(index: offset)
      guard let name = item.string else {
        problem(atValue: itemPath, "\(path) must list names as strings, not \(Self.describe(item))")
        continue
      }
      guard !name.isEmpty, !name.contains("/"), !name.contains(where: \.isWhitespace) else {
        problem(
          atValue: itemPath,
          "\(path) must list program names such as \"w3m\", not \"\(name)\"")
        continue
      }
      names.append(name)
    }
    return names
  }

  mutating func table(_ value: TOMLValueConvertible, at path: ConfigPath) -> TOMLTable? {
    guard let table = value.table else {
      wrongType(path, value, expected: "a table ([\(path)])")
      return nil
    }
    return table
  }

  mutating func readDocument(_ document: TOMLTable) {
    let root = ConfigPath()
    for (key, value) in document {
      let path = root.appending(key)
      switch key {
      case "data":
        if let text = string(value, at: path) {
          if text.isEmpty {
            problem(atValue: path, "data must name a directory")
          } else {
            settings.dataDirectory = expandedPath(text)
          }
        }
      case "date_format":
        if let text = string(value, at: path) {
          do {
            settings.dateFormat = try DateFormatPattern(text)
          } catch {
            problem(atValue: path, error.description)
          }
        }
      case "browser":
        if let text = string(value, at: path) {
          if text.split(separator: ":").allSatisfy({ $0.allSatisfy(\.isWhitespace) }) {
            problem(atValue: path, "browser must name a command, such as \"firefox\" or \"w3m %s\"")
          } else {
            settings.browser = text
          }
        }
      case "read_dwell":
        guard value.type == .int || value.type == .double,
          let seconds = value.type == .int ? value.int.map(Double.init) : value.double
        else {
          wrongType(path, value, expected: "a number of seconds")
          continue
        }
        guard seconds >= 0, seconds <= 3600, seconds.isFinite else {
          problem(atValue: path, "read_dwell must be from 0 to 3600 seconds")
          continue
        }
        settings.readDwellSeconds = seconds
      case "hyperlinks":
        if let mode = featureMode(value, at: path) { settings.hyperlinks = mode }
      case "clipboard":
        if let mode = featureMode(value, at: path) { settings.clipboard = mode }
      case "terminal_browsers":
        if let names = commandNames(value, at: path) { settings.terminalBrowsers = names }
      case "save_directory":
        if let text = string(value, at: path) {
          if text.isEmpty {
            problem(atValue: path, "save_directory must name a directory")
          } else {
            settings.saveDirectory = expandedPath(text)
          }
        }
      case "sort":
        if let table = table(value, at: path) { readSort(table, at: path) }
      case "layout":
        if let table = table(value, at: path) { readLayout(table, at: path) }
      case "colors":
        if let table = table(value, at: path) { readColors(table, at: path) }
      case "keys":
        if let table = table(value, at: path) { readKeys(table, at: path) }
      default:
        unknownKey(key, at: path, among: ConfigFileReader.topLevelNames, in: "at the top level")
      }
    }
  }

  func expandedPath(_ text: String) -> String {
    if text == "~" { return reader.home ?? text }
    if text.hasPrefix("~/"), let home = reader.home {
      return (home.hasSuffix("/") ? String(home.dropLast()) : home) + text.dropFirst()
    }
    if text.hasPrefix("/") { return text }
    guard let base = reader.baseDirectory else { return text }
    return (base.hasSuffix("/") ? base : base + "/") + text
  }

  mutating func readSort(_ table: TOMLTable, at base: ConfigPath) {
    for (key, value) in table {
      let path = base.appending(key)
      switch key {
      case "by":
        guard let text = string(value, at: path) else { continue }
        if let field = SortOrder.Field(rawValue: text) {
          settings.sortField = field
        } else {
          let names = SortOrder.Field.allCases.map(\.rawValue)
          var message = "sort.by must be one of \(names.joined(separator: ", ")), not \"\(text)\""
          if let suggestion = Suggestion.closest(to: text, among: names) {
            message += "; did you mean \"\(suggestion)\"?"
          }
          problem(atValue: path, message)
        }
      case "reverse":
        settings.sortReversed = bool(value, at: path)
      default:
        unknownKey(key, at: path, among: ConfigFileReader.sortNames, in: "in [sort]")
      }
    }
  }

  mutating func readLayout(_ table: TOMLTable, at base: ConfigPath) {
    for (key, value) in table {
      let path = base.appending(key)
      switch key {
      case "list_width":
        if value.type == .int {
          if let columns = integer(value, at: path, in: 1...1000) {
            settings.listWidth = .columns(columns)
          }
        } else if let text = value.string, text.hasSuffix("%"),
          let percent = Int(text.dropLast().trimmingSpaces())
        {
          if (1...99).contains(percent) {
            settings.listWidth = .percent(percent)
          } else {
            problem(atValue: path, "layout.list_width must be from 1% to 99%")
          }
        } else {
          problem(
            atValue: path,
            "layout.list_width must be a number of columns (48) or a share of the width (\"40%\")")
        }
      case "side_by_side_from":
        settings.sideBySideMinimumWidth = integer(value, at: path, in: 20...10_000)
      case "max_text_width":
        settings.maxTextWidth = integer(value, at: path, in: 0...10_000)
      default:
        unknownKey(key, at: path, among: ConfigFileReader.layoutNames, in: "in [layout]")
      }
    }
  }

  mutating func readColors(_ table: TOMLTable, at base: ConfigPath) {
    for (element, value) in table {
      let path = base.appending(element)
      guard ColorStyle.elementNames.contains(element) else {
        var message = "unknown part of the screen \"\(element)\" in [colors]"
        if let suggestion = Suggestion.closest(to: element, among: ColorStyle.elementNames) {
          message += "; did you mean \"\(suggestion)\"?"
        }
        problem(atKey: path, message)
        continue
      }
      if value.type == .string || value.type == .int {
        if let color = color(value, at: path) {
          settings.colors[element] = ColorStyle(foreground: color)
        }
        continue
      }
      guard let style = value.table else {
        wrongType(
          path, value,
          expected: "a colour (\"blue\") or a table ({ foreground = \"blue\", bold = true })")
        continue
      }
      var result = ColorStyle()
      for (attribute, attributeValue) in style {
        let attributePath = path.appending(attribute)
        switch attribute {
        case "foreground": result.foreground = color(attributeValue, at: attributePath)
        case "background": result.background = color(attributeValue, at: attributePath)
        case "bold": result.bold = bool(attributeValue, at: attributePath)
        case "dim": result.dim = bool(attributeValue, at: attributePath)
        case "underline": result.underline = bool(attributeValue, at: attributePath)
        case "reverse": result.reverse = bool(attributeValue, at: attributePath)
        default:
          unknownKey(
            attribute, at: attributePath, among: ColorStyle.attributeNames,
            in: "in colors.\(element)")
        }
      }
      settings.colors[element] = result
    }
  }

  mutating func color(_ value: TOMLValueConvertible, at path: ConfigPath) -> ConfigColor? {
    if value.type == .int, let number = value.int {
      guard (0...255).contains(number) else {
        problem(atValue: path, "\(path): palette colours go from 0 to 255")
        return nil
      }
      return .palette(number)
    }
    guard let text = value.string else {
      wrongType(path, value, expected: "a colour name, a palette number 0-255 or \"default\"")
      return nil
    }
    if let color = ConfigColor(name: text) { return color }
    var message = "unknown colour \"\(text)\""
    if let suggestion = Suggestion.closest(to: text, among: ConfigColor.names + ["default"]) {
      message += "; did you mean \"\(suggestion)\"?"
    } else {
      message +=
        " (use black, red, green, yellow, blue, magenta, cyan, white, bright-…, 0-255 or default)"
    }
    problem(atValue: path, message)
    return nil
  }

  mutating func readKeys(_ table: TOMLTable, at base: ConfigPath) {
    let catalog = reader.catalog
    for (key, value) in table {
      let path = base.appending(key)
      if key == ConfigFileReader.unbindName {
        readUnbind(value, at: path, context: nil)
      } else if let contextTable = value.table {
        guard catalog.contexts.contains(key) else {
          var message = "unknown key context \"\(key)\""
          if let suggestion = Suggestion.closest(to: key, among: catalog.contexts) {
            message += "; did you mean \"\(suggestion)\"?"
          } else {
            message += " (contexts: \(catalog.contexts.joined(separator: ", ")))"
          }
          problem(atKey: path, message)
          continue
        }
        readContext(contextTable, context: key, at: path)
      } else if catalog.contexts.contains(key) {
        wrongType(path, value, expected: "a table of commands ([keys.\(key)])")
      } else {
        readAssignment(command: key, value, context: nil, at: path)
      }
    }
  }

  mutating func readContext(_ table: TOMLTable, context: String, at base: ConfigPath) {
    for (command, value) in table {
      let path = base.appending(command)
      if command == ConfigFileReader.unbindName {
        readUnbind(value, at: path, context: context)
      } else {
        readAssignment(command: command, value, context: context, at: path)
      }
    }
  }

  /// The key names of a string or an array of strings, each with its position.
  mutating func keyNames(_ value: TOMLValueConvertible, at path: ConfigPath) -> [(
    key: Key, position: SourcePosition?
  )]? {
    var items: [(TOMLValueConvertible, ConfigPath)] = []
    if value.type == .string {
      items = [(value, path)]
    } else if let array = value.array {
      items = array.enumerated().map { ($1, path.appending(index: $0)) }
    } else {
      wrongType(path, value, expected: "a key (\"j\") or a list of keys ([\"j\", \"Down\"])")
      return nil
    }
    var keys: [(key: Key, position: SourcePosition?)] = []
    for (item, itemPath) in items {
      guard let text = item.string else {
        problem(atValue: itemPath, "\(path) must list keys as strings, not \(Self.describe(item))")
        continue
      }
      do {
        keys.append((try Key(configName: text), map.valuePosition(itemPath)))
      } catch {
        problem(atValue: itemPath, error.description)
      }
    }
    return keys
  }

  mutating func readAssignment(
    command: String, _ value: TOMLValueConvertible, context: String?, at path: ConfigPath
  ) {
    let catalog = reader.catalog
    let known =
      context.map { context in catalog.commands(in: context).map(\.name) } ?? catalog.commandNames
    guard known.contains(command) else {
      let place = context.map { "[keys.\($0)]" } ?? "[keys]"
      func contexts(of name: String) -> String {
        catalog.commands.filter { $0.name == name }.map { "[keys.\($0.context)]" }
          .joined(separator: ", ")
      }
      var message: String
      if catalog.commandNames.contains(command) {
        message = "\(command) is not a command of \(place) (it is one of \(contexts(of: command)))"
      } else {
        message = "unknown command \"\(command)\" in \(place)"
        if let suggestion = Suggestion.closest(to: command, among: known) {
          message += "; did you mean \"\(suggestion)\"?"
        } else if let suggestion = Suggestion.closest(to: command, among: catalog.commandNames) {
          message += "; did you mean \"\(suggestion)\" (a command of \(contexts(of: suggestion)))?"
        }
      }
      problem(atKey: path, message)
      return
    }
    guard let keys = keyNames(value, at: path) else { return }
    settings.keyBindings.assignments.append(
      KeyBindingChanges.Assignment(context: context, command: command, keys: keys))
  }

  mutating func readUnbind(_ value: TOMLValueConvertible, at path: ConfigPath, context: String?) {
    guard let keys = keyNames(value, at: path) else { return }
    for (key, position) in keys {
      settings.keyBindings.unbindings.append(
        KeyBindingChanges.Unbinding(context: context, key: key, position: position))
    }
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> Substring {
    var result = self
    while result.first == " " { result.removeFirst() }
    while result.last == " " { result.removeLast() }
    return result
  }
}
