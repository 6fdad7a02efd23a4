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
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    // Pure text layout: grapheme widths, line breaking, wrapping, truncation, sanitising.
    .target(name: "GazetteText", swiftSettings: optimizedEvenInDebug),
    // Articles, loading a JSON directory, load problems, queries, matching and body search.
    .target(name: "GazetteModel", swiftSettings: optimizedEvenInDebug),
    // The persistent index of a data directory (SQLite through GRDB): metadata, problems and
    // a full-text index of bodies, brought up to date with the directory by file stamps.
    .target(
      name: "GazetteIndex",
      dependencies: [
        "GazetteModel", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
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
    .target(
      name: "GazetteUI",
      dependencies: [
        "GazetteModel", "GazetteState", "GazetteText", "GazetteTerminal", "GazetteIndex",
      ]),
    // The config file: reading config.toml, validating it with positions, merging with options.
    .target(
      name: "GazetteConfig",
      dependencies: [
        "GazetteText", "GazetteTerminal", .product(name: "TOMLKit", package: "TOMLKit"),
      ]),
    // ncursesw, reached through a header of stateless wrappers. pkg-config finds its flags;
    // without the Debian package, SwiftPM names it.
    .systemLibrary(
      name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
    // The signal relay, the crash handler and the stderr capture: C state defined once, in a .c.
    .target(name: "CTerminalSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
    // The ncurses backend: starts and stops the terminal, reads input, paints cells.
    .target(
      name: "GazetteCurses",
      dependencies: ["GazetteTerminal", "GazetteText", "CNcursesw", "CTerminalSignals"]),
    // libxml2's HTML and XML parsers (network access, DTD loading and entity substitution off).
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // `gazette import`: scraped pages, saved HTML and feeds into article files, cleaned.
    .target(
      name: "GazetteImport", dependencies: ["GazetteModel", "GazetteText", "CLibXML2"],
      swiftSettings: optimizedEvenInDebug),
    .executableTarget(
      name: "gazette",
      dependencies: [
        "GazetteModel", "GazetteText", "GazetteTerminal", "GazetteUI", "GazetteCurses",
        "GazetteConfig", "GazetteIndex", "GazetteState", "GazetteImport",
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
      name: "GazetteIndexTests",
      dependencies: [
        "GazetteIndex", "GazetteModel", "GazetteTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "GazetteStateTests", dependencies: ["GazetteState", "GazetteTestSupport"]),
    .testTarget(
      name: "GazetteConfigTests",
      dependencies: [
        "GazetteConfig", "GazetteTerminal", "GazetteTestSupport",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]),
    .testTarget(
      name: "GazetteCursesTests", dependencies: ["GazetteCurses", "GazetteTerminal", "GazetteText"]),
    .testTarget(
      name: "GazetteModelTests", dependencies: ["GazetteModel", "GazetteTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GazetteImportTests",
      dependencies: ["GazetteImport", "GazetteModel", "GazetteTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "GazetteUITests",
      dependencies: [
        "GazetteUI", "GazetteTerminal", "GazetteModel", "GazetteState", "GazetteText",
        "GazetteConfig",
        "GazetteTestSupport", .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
      ],
      exclude: ["__Snapshots__"]),
    .testTarget(
      name: "GazetteEndToEndTests",
      dependencies: [
        "gazette", "StateStressHelper", "GazetteState", "GazetteText", "GazetteConfig",
        "GazetteTerminal", "GazetteTestSupport",
      ],
      resources: [.copy("Fixtures")]),
  ]
)
