// swift-tools-version:6.0

import PackageDescription

/// The text engine and the JSON scanner are byte loops that run 20–50 times slower unoptimised;
/// optimising them in debug builds too keeps `swift run` and the tests' huge inputs quick.
let optimizedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
  name: "Gazette",
  products: [
    .executable(name: "gazette", targets: ["gazette"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // Pure text layout: grapheme widths, line breaking, wrapping, truncation, sanitising.
    .target(name: "GazetteText", swiftSettings: optimizedEvenInDebug),
    // Articles, loading a JSON directory, load problems, queries, matching and body search.
    .target(name: "GazetteModel", swiftSettings: optimizedEvenInDebug),
    // Reading state (read, flagged, first seen) per article id, in SQLite under $XDG_STATE_HOME.
    .target(
      name: "GazetteState",
      dependencies: [
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    // Drawing for a terminal: cells, styles, the cell grid, the frame diff, the backend
    // protocol with its events, and an in-memory backend for tests.
    .target(name: "GazetteTerminal", dependencies: ["GazetteText"]),
    // The reader: state, actions, reducer, effects, views drawing into a cell grid, the loop.
    .target(name: "GazetteUI", dependencies: ["GazetteModel", "GazetteText", "GazetteTerminal"]),
    // ncursesw, reached through a header of stateless wrappers.
    .systemLibrary(name: "CNcursesw"),
    // The signal relay, the crash handler and the stderr capture: C state defined once, in a .c.
    .target(name: "CTerminalSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
    // The ncurses backend: starts and stops the terminal, reads input, paints cells.
    .target(
      name: "GazetteCurses",
      dependencies: ["GazetteTerminal", "GazetteText", "CNcursesw", "CTerminalSignals"]),
    .executableTarget(
      name: "gazette",
      dependencies: [
        "GazetteModel", "GazetteText", "GazetteUI", "GazetteCurses", "GazetteState",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Prints text-layout throughput figures (Scripts/bench-text.sh builds it with -c release).
    .executableTarget(name: "TextBenchmark", dependencies: ["GazetteText"]),
    // Prints load time, CPU time and memory for a data directory (not a test).
    .executableTarget(name: "ModelBenchmark", dependencies: ["GazetteModel"]),
    // Helpers shared by the test targets: the naughty-input catalogue, a seeded generator.
    .target(name: "GazetteTestSupport", path: "Tests/GazetteTestSupport"),
    // Marks reading state in a loop and prints each committed id (the kill -9 test runs it).
    .executableTarget(name: "StateStressHelper", dependencies: ["GazetteState"]),
    // Prints snapshot load time, marking throughput and memory of the reading-state store.
    .executableTarget(name: "StateBenchmark", dependencies: ["GazetteState"]),
    .testTarget(name: "GazetteTextTests", dependencies: ["GazetteText"]),
    .testTarget(
      name: "GazetteStateTests", dependencies: ["GazetteState", "GazetteTestSupport"]),
    .testTarget(
      name: "GazetteCursesTests", dependencies: ["GazetteCurses", "GazetteTerminal", "GazetteText"]),
    .testTarget(
      name: "GazetteModelTests", dependencies: ["GazetteModel", "GazetteTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GazetteUITests",
      dependencies: [
        "GazetteUI", "GazetteTerminal", "GazetteModel", "GazetteText", "GazetteTestSupport",
        .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["__Snapshots__"]),
    .testTarget(
      name: "GazetteEndToEndTests",
      dependencies: [
        "gazette", "StateStressHelper", "GazetteState", "GazetteText", "GazetteTestSupport",
      ],
      resources: [.copy("Fixtures")]),
  ]
)
