import Foundation
import GazetteTestSupport
import Testing

/// Key bindings from a config file, in the running reader (tmux).
@Suite struct ConfigKeysReaderTests {
  @Test func reboundKeysRunTheirCommandsAndTheHelpShowsThem() throws {
    let data = try TemporaryDirectory()
    try FileManager.default.copyItem(
      atPath: GazetteBinary.fixtures + "/cli", toPath: data.path + "/data")
    let config = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: config.path + "/gazette", withIntermediateDirectories: true)
    try """
    [keys]
    quit = "Q"
    [keys.list]
    down = ["n", "Down"]
    show-help = "F1"
    """.write(toFile: config.path + "/gazette/config.toml", atomically: true, encoding: .utf8)
    defer { withExtendedLifetime((data, config)) {} }

    let session = try TmuxSession.gazette(
      ["--data", data.path + "/data"], width: 100, height: 30,
      environment: ["XDG_CONFIG_HOME": config.path])
    try ReaderSessionTests.waitFor(session, row: 1, of: 7)
    // n is now down in the list (it was next-match); j no longer is.
    try session.sendKeys("n")
    try ReaderSessionTests.waitFor(session, row: 2, of: 7)
    try session.sendKeys("j", "n")
    try ReaderSessionTests.waitFor(session, row: 3, of: 7)
    // F1 opens the help, which lists the keys as bound.
    try session.sendKeys("F1")
    let help = try session.waitForText("key closes")
    #expect(help.contains("F1"))
    try session.sendKeys("Escape")
    try session.waitForScreen("the help closed") { !$0.contains("key closes") }
    // q does nothing any more (the reader still moves after it); Q quits.
    try session.sendKeys("q", "n")
    try ReaderSessionTests.waitFor(session, row: 4, of: 7)
    try session.sendKeys("Q")
    #expect(try session.waitForGazetteExit() == 0)
  }
}
