import Foundation
import GazetteTestSupport
import Testing

/// `gazette config` and the config file's effect on the other commands, run as a user would.
@Suite struct ConfigCommandTests {
  let data = GazetteBinary.fixtures + "/cli"

  /// A config home holding `text` as gazette/config.toml.
  private func configHome(_ text: String) throws -> TemporaryDirectory {
    let home = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: home.path + "/gazette", withIntermediateDirectories: true)
    try text.write(toFile: home.path + "/gazette/config.toml", atomically: true, encoding: .utf8)
    return home
  }

  @Test func pathFollowsXDGConfigHome() throws {
    let run = try CommandRun(["config", "path"], environment: ["XDG_CONFIG_HOME": "/x/y"])
    #expect(run.output == "/x/y/gazette/config.toml\n")
    #expect(run.status == 0)
  }

  @Test func theDefaultFilePassesItsOwnCheck() throws {
    let printed = try CommandRun(["config", "default"])
    #expect(printed.status == 0)
    #expect(printed.output.contains("[keys.reader]"))
    let home = try configHome(printed.output)
    let check = try CommandRun(["config", "check"], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(check.status == 0)
    #expect(check.output == "\(home.path)/gazette/config.toml: no problems\n")
  }

  @Test func checkReportsEveryProblemWithLineAndColumn() throws {
    let home = try configHome(
      """
      colour = "blue"
      [keys.list]
      down = ["j", "x"]
      up = "x"
      [layout]
      max_text_width = "wide"
      """)
    let run = try CommandRun(["config", "check"], environment: ["XDG_CONFIG_HOME": home.path])
    let file = home.path + "/gazette/config.toml"
    #expect(run.status == 1)
    #expect(
      run.lines == [
        "\(file):1:1: unknown setting \"colour\" at the top level; did you mean \"colors\"?",
        "\(file):4:6: x is bound twice in list: to down (line 3) and to up",
        "\(file):6:18: layout.max_text_width must be a whole number, not a string",
        "\(file): 3 problems",
      ])
  }

  @Test func checkWithoutAFileSaysTheDefaultsApply() throws {
    let run = try CommandRun(["config", "check"])
    #expect(run.status == 0)
    #expect(run.output.contains("does not exist: Gazette uses its defaults"))
    let named = try CommandRun(["config", "check", "/nonexistent/config.toml"])
    #expect(named.status == 1)
    #expect(named.errorOutput == "gazette: /nonexistent/config.toml does not exist.\n")
  }

  @Test func aBrokenConfigStopsOtherCommandsWithTheSameMessages() throws {
    let home = try configHome("[sort]\nby = \"dat\"\n")
    let run = try CommandRun(["list", "--data", data], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(
      run.errorOutput.hasPrefix(
        "\(home.path)/gazette/config.toml:2:6: sort.by must be one of date, source, title, "
          + "views, not \"dat\"; did you mean \"date\"?\n"))
    #expect(run.errorOutput.contains("gazette config check"))
  }

  @Test func theDataDirectoryComesFromTheFileUnlessTheCommandLineGivesOne() throws {
    let home = try configHome("data = \"\(data)\"\n")
    let fromFile = try CommandRun(
      ["list"], environment: ["XDG_CONFIG_HOME": home.path], directory: "/")
    #expect(fromFile.status == 0)
    #expect(fromFile.lines.count == 7)
    let empty = try TemporaryDirectory()
    let fromOption = try CommandRun(
      ["list", "--data", empty.path], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(fromOption.status == 0)
    #expect(fromOption.lines.isEmpty)
    let fromEnvironment = try CommandRun(
      ["list"], environment: ["XDG_CONFIG_HOME": home.path, "GAZETTE_DATA": empty.path])
    #expect(fromEnvironment.lines.isEmpty)
  }

  /// The reader refuses a broken config with the same messages, before touching the terminal
  /// (standard input and output are not terminals here: a started reader would fail instead).
  @Test func theReaderRefusesABrokenConfigBeforeStartingTheTerminal() throws {
    let home = try configHome("[keys.list]\nquit = \"C-i\"\n")
    let run = try CommandRun(["read", "--data", data], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(run.status == 1)
    #expect(
      run.errorOutput.hasPrefix(
        "\(home.path)/gazette/config.toml:2:8: C-i reaches Gazette as Tab; write Tab\n"))
    #expect(!run.errorOutput.contains("terminal"))
  }

  @Test func listShowsDatesInTheConfiguredFormat() throws {
    let home = try configHome("date_format = \"%e %b %Y\"\n")
    let run = try CommandRun(["list", "--data", data], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(run.status == 0)
    #expect(run.lines.first?.hasPrefix(" 6 May 2023  盘锦市人民政府") == true)
    #expect(run.lines.last?.hasPrefix("             City Council") == true)
    // --json keeps ISO 8601 dates for programs.
    let json = try CommandRun(
      ["list", "--data", data, "--json"], environment: ["XDG_CONFIG_HOME": home.path])
    #expect(json.output.contains("\"published\":\"2023-05-06\""))
  }

  /// toml++ aborts the process on these; gazette reports them like any syntax error.
  @Test func syntaxThatCrashesTheTOMLParserIsReported() throws {
    for (text, message) in [
      ("[=\n", ":1:2: invalid TOML in a table header: expected a key, saw '='"),
      ("a = [}]\n", ":1:6: invalid TOML in an array: expected a value, saw '}'"),
    ] {
      let home = try configHome(text)
      let run = try CommandRun(["config", "check"], environment: ["XDG_CONFIG_HOME": home.path])
      #expect(run.status == 1)
      #expect(run.lines.first == home.path + "/gazette/config.toml" + message)
    }
  }
}
