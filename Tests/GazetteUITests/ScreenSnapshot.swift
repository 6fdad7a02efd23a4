import Foundation
import SnapshotTesting

@testable import GazetteTerminal
@testable import GazetteUI

/// Text snapshots of screens, compared with files under `__Snapshots__/`.
///
/// Snapshots are never recorded silently: a missing or different one fails the test. To
/// record, run `SNAPSHOT_TESTING_RECORD=missing swift test --filter GazetteUITests` (or
/// `all` to re-record everything) and review the files before committing them.
enum ScreenSnapshot {
  static var recordMode: SnapshotTestingConfiguration.Record {
    ProcessInfo.processInfo.environment["SNAPSHOT_TESTING_RECORD"].flatMap(
      SnapshotTestingConfiguration.Record.init(rawValue:)) ?? .never
  }

  /// The screen's text, each row closed by `|` so trailing blanks are visible.
  static func text(_ grid: CellGrid) -> String {
    (0..<grid.size.height).map { grid.rowText($0) + "|" }.joined(separator: "\n")
  }

  /// One letter per cell for its look: `R` reverse+bold, `r` reverse, `#` coloured
  /// background, `B` bold, `u` underline, `d` dim, `c` coloured text, `.` plain.
  static func styles(_ grid: CellGrid) -> String {
    (0..<grid.size.height).map { y in
      String(
        (0..<grid.size.width).map { x -> Character in
          let owner = grid[x, y].isContinuation && x > 0 ? grid[x - 1, y] : grid[x, y]
          let style = owner.style
          if style.reverse { return style.bold ? "R" : "r" }
          if style.background != nil { return "#" }
          if style.bold { return "B" }
          if style.underline { return "u" }
          if style.dim { return "d" }
          if style.foreground != nil { return "c" }
          return "."
        }) + "|"
    }.joined(separator: "\n")
  }

  static func assert(
    _ grid: CellGrid, named name: String, styles withStyles: Bool = false,
    fileID: StaticString = #fileID, file: StaticString = #filePath,
    testName: String = #function, line: UInt = #line, column: UInt = #column
  ) {
    assertSnapshot(
      of: text(grid), as: .lines, named: name, record: recordMode, fileID: fileID, file: file,
      testName: testName, line: line, column: column)
    if withStyles {
      assertSnapshot(
        of: styles(grid), as: .lines, named: name + "-styles", record: recordMode,
        fileID: fileID, file: file, testName: testName, line: line, column: column)
    }
  }
}
