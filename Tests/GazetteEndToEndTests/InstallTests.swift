import Foundation
import GazetteTestSupport
import Testing

/// `Scripts/install.sh` into a temporary prefix, then the installed binary, then `--uninstall`.
///
/// The script installs the binary these tests run (`GAZETTE_INSTALL_BINARY`) instead of
/// building `-c release`, which would take minutes; everything else is what a user's install
/// does.
@Suite struct InstallTests {
  /// The repository's root, two folders above this file's.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// Runs `Scripts/install.sh` with `arguments`; (status, standard output, standard error).
  private func install(_ arguments: [String]) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [Self.root + "/Scripts/install.sh"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["GAZETTE_INSTALL_BINARY"] = GazetteBinary.path
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outputData, as: UTF8.self),
      String(decoding: errorData, as: UTF8.self)
    )
  }

  private func files(under path: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: path)
    return (enumerator?.allObjects as? [String] ?? []).sorted()
  }

  @Test func installsRunsAndUninstallsExactlyItsFiles() throws {
    let directory = try TemporaryDirectory()
    let prefix = directory.path + "/prefix"
    // Something of the user's that the install and uninstall must leave alone.
    try FileManager.default.createDirectory(
      atPath: prefix + "/bin", withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: URL(fileURLWithPath: prefix + "/bin/other-tool"))

    let (status, output, errors) = try install([prefix])
    #expect(status == 0, "\(errors)")
    let installed = [
      "bin/gazette", "share/bash-completion/completions/gazette",
      "share/zsh/site-functions/_gazette", "share/fish/vendor_completions.d/gazette.fish",
      "share/man/man1/gazette.1",
    ]
    for file in installed {
      #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "\(file)")
      #expect(output.contains("installed \(prefix)/\(file)"))
    }
    #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/gazette"))

    // The installed binary works: version, a listing, its completions and man page.
    let version = try CommandRun(["--version"], executable: prefix + "/bin/gazette")
    #expect(version.output == "0.1.0\n")
    let list = try CommandRun(
      ["list", "--data", GazetteBinary.fixtures + "/cli"], executable: prefix + "/bin/gazette")
    #expect(list.lines.count == 7)
    let bash = try String(
      contentsOfFile: prefix + "/share/bash-completion/completions/gazette", encoding: .utf8)
    #expect(bash.contains("complete") && bash.contains("gazette"))
    let fish = try String(
      contentsOfFile: prefix + "/share/fish/vendor_completions.d/gazette.fish", encoding: .utf8)
    #expect(fish.contains("config"))
    let manual = try String(contentsOfFile: prefix + "/share/man/man1/gazette.1", encoding: .utf8)
    #expect(manual.contains(".Nm gazette"))

    // Installing again over it is fine, and uninstalling removes every trace but the user's.
    #expect(try install([prefix]).0 == 0)
    let (removedStatus, removed, _) = try install(["--uninstall", prefix])
    #expect(removedStatus == 0)
    #expect(removed.contains("removed \(prefix)/bin/gazette"))
    #expect(files(under: prefix) == ["bin", "bin/other-tool"])
    // A second uninstall has nothing to remove and says so.
    let (againStatus, _, againErrors) = try install(["--uninstall", prefix])
    #expect(againStatus == 1)
    #expect(againErrors.contains("nothing to uninstall"))
  }

  @Test func refusesUnknownOptions() throws {
    let (status, _, errors) = try install(["--prefix=/tmp/x"])
    #expect(status == 2)
    #expect(errors.contains("unknown option --prefix=/tmp/x"))
  }

  /// The committed man page (Scripts/generate-manual.sh) names every command and option the
  /// binary's help does, so it cannot silently fall behind.
  @Test func theManPageCoversEveryCommandAndOption() throws {
    let manual = try String(contentsOfFile: Self.root + "/docs/man/gazette.1", encoding: .utf8)
    for command in [
      "read", "list", "show", "sources", "check", "index", "mark", "state", "config", "import",
    ] {
      #expect(manual.contains(".It Em \(command)"), "\(command)")
      let help = try CommandRun(["help", command])
      let options = help.output.split(whereSeparator: { " ,\n".contains($0) })
        .filter { word in
          word.hasPrefix("--") && word.count > 2
            && word.dropFirst(2).allSatisfy { $0.isLetter || $0 == "-" }
        }
      for option in Set(options) {
        #expect(manual.contains("Fl -\(option.dropFirst(2))"), "\(command) \(option)")
      }
    }
  }
}
