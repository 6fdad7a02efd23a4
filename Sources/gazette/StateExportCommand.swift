import ArgumentParser
import Foundation
import GazetteState
import GazetteText

/// `gazette state export [FILE]`: every article's reading state, one JSON object a line.
struct StateExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the reading state as JSON lines, ordered by id.",
    discussion: """
      Each line is {"id", "read", "read_changed", "flagged", "flag_changed", "first_seen"}; \
      times are UTC. Ids no article has any more are exported too. A FILE is replaced \
      atomically; without one (or with -), the lines go to standard output.
      """
  )

  @OptionGroup var dataOptions: DataOptions

  @Argument(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var file: String?

  func run() throws {
    let store = StateOpening(
      directory: try dataOptions.resolvedDirectory(), onlyReading: true
    ).wait()
    let states: [(String, ArticleReadingState)]
    do {
      states = try store.allStates()
    } catch {
      TerminalOutput.printError("gazette: " + TextLayout.sanitizeLine("\(error)") + ".")
      throw ExitCode.failure
    }
    var bytes: [UInt8] = []
    for (id, state) in states {
      bytes.append(contentsOf: StateJSON.line(id: id, state: state))
      bytes.append(0x0A)
    }
    guard let file, file != "-" else {
      var output = StandardOutput()
      output.write(bytes: bytes)
      output.flush()
      return
    }
    do {
      try AtomicFile.write(bytes, to: file)
    } catch {
      TerminalOutput.printError("gazette: " + TextLayout.sanitizeLine("\(error)") + ".")
      throw ExitCode.failure
    }
  }
}
