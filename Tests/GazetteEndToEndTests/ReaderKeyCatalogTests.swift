import Foundation
import GazetteConfig
import GazetteTerminal
import Testing

/// The commands `gazette config` knows are the reader's: the key sections of
/// `gazette config default` match the command table docs/keys.md prints from the key map.
@Suite struct ReaderKeyCatalogTests {
  /// (context, command) → (keys by config name, help line).
  typealias Table = [String: (keys: [String], summary: String)]

  /// The command table of docs/keys.md: `| \`cmd\` | ctx, ctx | \`k\` \`k\` | help |`.
  static func documentedCommands() throws -> Table {
    let text = try String(contentsOfFile: InstallTests.root + "/docs/keys.md", encoding: .utf8)
    var table: Table = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      // `\|` is a `|` inside a cell (the pipe-article key).
      let cells = line.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|").map {
        $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{0}", with: "|")
      }
      guard cells.count == 4 else { continue }
      let command = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
      let keys = try cells[2].split(separator: " ").map { name in
        try Key(configName: String(name.dropFirst().dropLast())).configName
      }
      for context in cells[1].split(separator: ",") {
        let context = context.trimmingCharacters(in: .whitespaces)
        table["\(context) \(command)"] = (keys, cells[3])
      }
    }
    return table
  }

  /// The `[keys.context]` sections of the default config: `name = ["k", "k"]  # summary`.
  static func defaultFileCommands() throws -> Table {
    let run = try CommandRun(["config", "default"])
    var table: Table = [:]
    var context: String?
    for line in run.lines {
      if line.hasPrefix("[keys.") {
        context = String(line.dropFirst(6).dropLast())
      } else if line.hasPrefix("[") {
        context = nil
      } else if let context, let equals = line.range(of: " = ["), let hash = line.range(of: "  # ")
      {
        let command = String(line[..<equals.lowerBound])
        let list = line[equals.upperBound..<hash.lowerBound].trimmingCharacters(in: .whitespaces)
        let keys = list.dropLast().split(separator: ", ").map { String($0.dropFirst().dropLast()) }
        table["\(context) \(command)"] = (keys, String(line[hash.upperBound...]))
      }
    }
    return table
  }

  @Test func theDefaultFileHasExactlyTheReadersCommandsAndKeys() throws {
    let documented = try Self.documentedCommands()
    let configured = try Self.defaultFileCommands()
    #expect(documented.count > 60)
    #expect(Set(documented.keys) == Set(configured.keys))
    for (name, entry) in documented {
      #expect(configured[name]?.keys == entry.keys, "\(name)")
      #expect(configured[name]?.summary == entry.summary, "\(name)")
    }
  }
}
