import Testing

@testable import GazetteTerminal
@testable import GazetteUI

/// The one table of commands and keys: lookup, rebinding, conflicts, key names.
@Suite struct KeyMapTests {
  @Test func theDefaultMapHasNoConflictsAndEveryCommandHasAKey() {
    #expect(KeyMap.default.conflicts.isEmpty)
    for command in Command.allCases {
      let bound = KeyContext.allCases.contains {
        !KeyMap.default.keys(for: command, in: $0).isEmpty
      }
      #expect(bound, "\(command.name) has no key")
    }
  }

  @Test func aKeyRunsTheCommandOfItsContext() {
    let map = KeyMap.default
    #expect(map.command(for: .character("q"), in: .list) == .quit)
    #expect(map.command(for: .control("c"), in: .reader) == .quit)
    #expect(map.command(for: .character("q"), in: .overlay) == .close)
    #expect(map.command(for: .character("q"), in: .prompt) == nil, "letters are text in a prompt")
    #expect(map.command(for: .character("j"), in: .picker) == nil, "letters narrow the picker")
    #expect(map.command(for: .down, in: .picker) == .down)
    #expect(map.command(for: .character(" "), in: .overlay) == .pageDown)
    #expect(map.command(for: .character(" "), in: .list) == .readerPageDown)
    for context in KeyContext.allCases {
      #expect(map.command(for: .control("l"), in: context) == .redraw, "\(context)")
    }
  }

  @Test func rebindingReplacesTheKeysAndTheHelpFollows() {
    let map = KeyMap.default.binding(.quit, keys: [.character("x"), .function(10)])
    #expect(map.command(for: .character("x"), in: .list) == .quit)
    #expect(map.command(for: .character("x"), in: .reader) == .quit)
    #expect(map.command(for: .character("q"), in: .list) == nil)
    #expect(map.keys(for: .quit, in: .list) == [.character("x"), .function(10)])
    #expect(map.helpLines.contains(HelpLine(keys: "x F10", action: "quit")))
    let onlyInReader = KeyMap.default.binding(.nextMatch, keys: [.character("m")], in: .reader)
    #expect(onlyInReader.command(for: .character("m"), in: .reader) == .nextMatch)
    #expect(onlyInReader.command(for: .character("n"), in: .list) == .nextMatch)
    let newContext = KeyMap.default.binding(.quit, keys: [.control("q")], in: .overlay)
    #expect(newContext.command(for: .control("q"), in: .overlay) == .quit)
  }

  @Test func unbindingRemovesAKeyAndEmptyHelpLinesGo() {
    let map = KeyMap.default.unbinding(.character("?"))
    #expect(map.command(for: .character("?"), in: .list) == nil)
    #expect(!map.helpLines.contains { $0.action.hasPrefix("this help") })
    let quiet = KeyMap.default.unbinding(.backTab, in: .list)
    #expect(quiet.command(for: .backTab, in: .list) == nil)
    #expect(quiet.command(for: .backTab, in: .reader) == .toggleFocus)
    #expect(quiet.listedKeys(for: .toggleFocus, in: .list) == [.tab])
  }

  @Test func aKeyBoundTwiceInOneContextIsAConflict() {
    let map = KeyMap.default.binding(.search, keys: [.character("/"), .character("n")], in: .list)
    #expect(
      map.conflicts == [
        KeyMap.Conflict(key: .character("n"), context: .list, commands: [.search, .nextMatch])
      ])
    #expect(map.command(for: .character("n"), in: .list) == .search, "the first binding wins")
  }

  @Test func theReaderDispatchesThroughTheKeyMapItIsGiven() {
    let map = KeyMap.default.binding(.quit, keys: [.character("x")])
    var state = ReaderState(
      options: ReaderOptions(dataDirectory: "data", keyMap: map),
      size: GridSize(width: 80, height: 24))
    func quits(_ key: Key) -> Bool {
      ReaderReducer.reduce(&state, .event(.key(key))).contains {
        if case .exit(.quit) = $0 { return true }
        return false
      }
    }
    #expect(!quits(.character("q")))
    #expect(quits(.character("x")))
    #expect(state.helpLines.contains(HelpLine(keys: "x", action: "quit")))
  }

  @Test func keyNamesReadBackAsTheSameKeys() {
    let keys: [Key] = [
      .character("q"), .character(" "), .character("?"), .character("公"), .control("l"), .enter,
      .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .pageUp, .pageDown,
      .home, .end, .function(5),
    ]
    for key in keys {
      #expect(Key(name: key.name) == key, "\(key.name)")
    }
    #expect(Key(name: "ctrl-u") == .control("u"))
    #expect(Key(name: "PageDown") == .pageDown)
    #expect(Key(name: "escape") == .escape)
    #expect(Key(name: "") == nil)
    #expect(Key(name: "Ctrl-") == nil)
    #expect(Key(name: "nosuchkey") == nil)
  }
}
