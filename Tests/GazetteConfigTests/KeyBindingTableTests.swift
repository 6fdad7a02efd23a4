import GazetteTerminal
import Testing

@testable import GazetteConfig

/// `KeyBindingTable`: the catalog's default keys with a config's changes applied.
@Suite struct KeyBindingTableTests {
  private let catalog = SampleCatalog.catalog
  private func keys(_ names: String...) -> [Key] { names.map { try! Key(configName: $0) } }

  @Test func defaultsComeFromTheCatalog() {
    let map = KeyBindingTable(defaultsOf: catalog)
    #expect(map.keys(for: "down", in: "list") == keys("Down", "j"))
    #expect(map.command(for: .character("j"), in: "reader") == "down")
    #expect(map.command(for: .escape, in: "prompt") == "cancel")
    #expect(map.command(for: .character("z"), in: "list") == nil)
    #expect(map.keys(for: "down", in: "nowhere") == [])
  }

  @Test func anAssignedKeyIsTakenFromTheCommandThatHadItByDefault() {
    let changes = KeyBindingChanges(assignments: [
      .init(context: "list", command: "search", keys: [(.character("j"), nil)])
    ])
    let (map, problems) = KeyBindingTable.resolve(catalog, changes)
    #expect(problems == [])
    #expect(map.command(for: .character("j"), in: "list") == "search")
    #expect(map.keys(for: "down", in: "list") == keys("Down"))
    #expect(map.keys(for: "search", in: "list") == keys("j"))
    // Other contexts keep their own j.
    #expect(map.command(for: .character("j"), in: "reader") == "down")
  }

  @Test func anEmptyListLeavesACommandWithoutKeys() {
    let changes = KeyBindingChanges(assignments: [.init(context: nil, command: "quit", keys: [])])
    let map = KeyBindingTable.resolve(catalog, changes).map
    #expect(map.keys(for: "quit", in: "list") == [])
    #expect(map.keys(for: "quit", in: "reader") == [])
    #expect(map.command(for: .character("q"), in: "list") == nil)
  }

  @Test func unbindingRemovesAKeyInItsContextOrEverywhere() {
    let changes = KeyBindingChanges(unbindings: [
      .init(context: "reader", key: .escape, position: nil),
      .init(context: nil, key: .character("j"), position: nil),
    ])
    let map = KeyBindingTable.resolve(catalog, changes).map
    #expect(map.keys(for: "back", in: "reader") == keys("Left", "h"))
    #expect(map.command(for: .escape, in: "prompt") == "cancel")
    #expect(map.command(for: .character("j"), in: "list") == nil)
    #expect(map.command(for: .character("j"), in: "reader") == nil)
  }

  @Test func anAssignmentWinsOverAnUnbindingOfTheSameKey() {
    let changes = KeyBindingChanges(
      assignments: [.init(context: "list", command: "quit", keys: [(.character("j"), nil)])],
      unbindings: [.init(context: nil, key: .character("j"), position: nil)])
    let map = KeyBindingTable.resolve(catalog, changes).map
    #expect(map.command(for: .character("j"), in: "list") == "quit")
  }

  @Test func theSameKeyForTwoCommandsIsOneProblemAtTheSecond() {
    let first = SourcePosition(line: 2, column: 8)
    let second = SourcePosition(line: 3, column: 6)
    let changes = KeyBindingChanges(assignments: [
      .init(context: nil, command: "quit", keys: [(.character("x"), first)]),
      .init(context: nil, command: "down", keys: [(.character("x"), second)]),
    ])
    let (map, problems) = KeyBindingTable.resolve(catalog, changes)
    // down and quit meet in list and in reader; the problem is told once.
    #expect(
      problems == [
        ConfigProblem(at: second, "x is bound twice in list: to quit (line 2) and to down")
      ])
    #expect(map.command(for: .character("x"), in: "list") == "quit")
  }
}
