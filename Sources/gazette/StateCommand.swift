import ArgumentParser

/// `gazette state export|import`: reading state as JSON lines, to keep machines in step.
struct StateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "state",
    abstract: "Export or import reading state (read, flagged, first seen) as JSON lines.",
    discussion: """
      The state of a data directory lives in $XDG_STATE_HOME/gazette/ (default \
      ~/.local/state/gazette/). Export on one machine and import on another (through any \
      file sync) to keep both in step: per article and per field, the later change wins.
      """,
    subcommands: [StateExportCommand.self, StateImportCommand.self]
  )
}
