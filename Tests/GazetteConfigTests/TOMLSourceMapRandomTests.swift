import GazetteTestSupport
import TOMLKit
import Testing

@testable import GazetteConfig

/// Random TOML-like text: the scanner always ends, and wherever TOMLKit accepts the text, the
/// scanner finds every key it reads.
@Suite struct TOMLSourceMapRandomTests {
  /// Lines of valid TOML with a fresh key each (a repeated key is an error), then fragments
  /// that break the syntax.
  static let lines: [@Sendable (Int) -> String] = [
    { "k\($0) = \($0)\n" }, { "\"q \($0)\" = 's'\n" }, { "[t\($0)]\n" }, { "[[a\($0 % 3)]]\n" },
    { "  [ t\($0) . u ]\n" }, { "k\($0) = [1, \"]\",\n  2] # c\n" },
    { "k\($0) = { x = 1, y = { z = '}' } }\n" }, { "d\($0).e.f = true\n" },
    { "m\($0) = \"\"\"\n[not]\nx = 1\"\"\"\n" }, { "l\($0) = '''\n[[x]]'''\n" },
    { "# k\($0) = 1\n" }, { "'\($0)大' = \"é\"\n" },
    { _ in "[" }, { _ in "=" }, { _ in "\"" }, { _ in "]\n" }, { _ in " " },
  ]
  static let wholeLines = 12

  @Test func randomTextNeverHangsAndAcceptedTextHasEveryKey() throws {
    var generator = SeededGenerator(seed: 11)
    var accepted = 0
    var refused = 0
    for _ in 0..<3_000 {
      var text = ""
      for index in 0..<Int.random(in: 1...12, using: &generator) {
        // Fragments are rarer than whole lines.
        let choice = Int.random(in: 0..<(Self.lines.count + 20), using: &generator)
        text += Self.lines[choice < Self.lines.count ? choice : choice % Self.wholeLines](index)
      }
      let map = TOMLSourceMap(scanning: text)
      // toml++ aborts on these; the reader never gives them to it (ConfigFileReaderTests).
      if map.crashingSyntax != nil {
        refused += 1
        continue
      }
      guard let table = try? TOMLTable(string: text) else { continue }
      accepted += 1
      for (path, _) in TOMLSourceMapAgreementTests.paths(of: table, at: ConfigPath()) {
        #expect(map.keyPositions[path] != nil, "\(path) in \(text.debugDescription)")
      }
    }
    #expect(accepted > 300)
    #expect(refused > 10)
  }
}

/// A default config file with a few characters deleted, inserted or replaced, read as a user's
/// typo would be: never a crash (toml++ aborted on two of these before `crashingSyntax`).
@Suite struct MutatedConfigFileTests {
  @Test func mutatedDefaultFilesAreReadWithoutCrashing() {
    var generator = SeededGenerator(seed: 7)
    let base = Array(DefaultConfigFile.text(catalog: SampleCatalog.catalog).unicodeScalars)
    let inserts = Array("[]{}\"'=.,#\n \\ab1_-é".unicodeScalars)
    let reader = ConfigFileReader(catalog: SampleCatalog.catalog)
    var problems = 0
    for _ in 0..<1_000 {
      var scalars = base
      for _ in 0..<Int.random(in: 1...6, using: &generator) {
        let at = Int.random(in: 0..<scalars.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: scalars.remove(at: at)
        case 1: scalars.insert(inserts.randomElement(using: &generator)!, at: at)
        default: scalars[at] = inserts.randomElement(using: &generator)!
        }
      }
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars)
      let result = reader.read(text)
      problems += result.problems.count
      #expect(result.problems.allSatisfy { $0.position != nil })
    }
    #expect(problems > 400)
  }
}
