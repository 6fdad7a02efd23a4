import Foundation
import Glibc

/// A private tmux server on its own socket running one command in a detached pane of a given
/// size, so end-to-end tests can drive a real terminal program and read its screen.
///
/// The server is started with `-f /dev/null` (no user configuration) and `remain-on-exit on`,
/// so a pane whose program ended can still be inspected. Every wait polls with a deadline;
/// the server is killed, and its scratch directory removed, when the session is released.
final class TmuxSession {
  /// A tmux command failed, or something awaited did not happen in time.
  struct Failure: Error, CustomStringConvertible {
    /// What went wrong, with the last screen when a wait timed out.
    let description: String
  }

  /// A scratch directory for scripts and the files they write; removed on release.
  let directory: URL
  /// The server's socket.
  let socketPath: String
  /// How long one tmux command may take before the test gives up on it.
  static let commandTimeout: Duration = .seconds(10)

  private var killed = false
  private var commandCount = 0

  /// Starts a server and a detached session of `width` × `height` running a shell command line
  /// with `LANG=C.UTF-8` plus `environment` set for the pane.
  ///
  /// Unless `environment` names an `XDG_STATE_HOME`, the pane gets one of its own in the
  /// scratch directory, so the reader never writes the user's reading state.
  ///
  /// `command` receives the scratch directory (to write scripts into) and returns the line.
  init(
    width: Int, height: Int, environment: [String: String] = [:],
    command: (URL) throws -> String
  ) throws {
    directory = URL(fileURLWithPath: "/tmp")
      .appendingPathComponent("gazette-tmux-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    socketPath = directory.appendingPathComponent("socket").path
    let commandLine = try command(directory)
    var arguments = [
      "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
      "new-session", "-d", "-x", String(width), "-y", String(height), "-e", "LANG=C.UTF-8",
      // The reader's index cache stays in the session's scratch folder, never ~/.cache.
      "-e", "XDG_CACHE_HOME=" + directory.appendingPathComponent("cache").path,
    ]
    var environment = environment
    if environment["XDG_STATE_HOME"] == nil {
      environment["XDG_STATE_HOME"] = directory.appendingPathComponent("state").path
    }
    if environment["XDG_CONFIG_HOME"] == nil {
      environment["XDG_CONFIG_HOME"] = GazetteBinary.absentConfigHome
    }
    for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(name)=\(value)"]
    }
    arguments.append(commandLine)
    try run(arguments)
  }

  deinit {
    kill()
    try? FileManager.default.removeItem(at: directory)
  }

  /// Stops the server (and so the program in the pane); safe to call more than once.
  func kill() {
    guard !killed else { return }
    killed = true
    _ = try? run(["kill-server"])
  }

  // MARK: - Commands

  /// Runs `tmux -S socket arguments...` and returns its standard output.
  ///
  /// Spawned with `posix_spawn` and reaped with `waitpid`, its output going through files:
  /// the server that the first command forks inherits the client's descriptors, so neither
  /// pipes nor Foundation's `Process` (which watches a descriptor for the child's exit) would
  /// see the client finish while the server runs.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    commandCount += 1
    let outputPath = directory.appendingPathComponent("tmux-\(commandCount).out").path
    let errorPath = directory.appendingPathComponent("tmux-\(commandCount).err").path
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }
    let command = ["tmux", "-S", socketPath, "-f", "/dev/null"] + arguments
    let status = try Self.spawnAndWait(
      command, standardOutput: outputPath, standardError: errorPath)
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    guard status == 0 else {
      let message = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
      throw Failure(
        description: "tmux \(arguments.joined(separator: " ")) failed (\(status)): \(message)")
    }
    return text
  }

  /// Runs a program found on PATH with stdin from /dev/null and stdout/stderr into files, and
  /// returns its exit status (128 + n when a signal ended it).
  private static func spawnAndWait(
    _ command: [String], standardOutput: String, standardError: String
  ) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(
      &actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    // The calling thread (a test worker) blocks most signals, and a spawned process inherits
    // that mask: tmux would then never get the SIGTERM its kill-server sends itself, nor pass
    // working signals on to the program in the pane.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaultSignals = sigset_t()
    sigemptyset(&defaultSignals)
    for signal in [SIGINT, SIGQUIT, SIGHUP, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE] {
      sigaddset(&defaultSignals, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "TMUX")
    let cArguments = command.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in cArguments + cEnvironment { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawnp(
      &pid, command[0], &actions, &attributes, cArguments, cEnvironment)
    guard spawned == 0 else {
      throw Failure(description: "could not start \(command[0]): error \(spawned)")
    }
    let clock = ContinuousClock()
    let deadline = clock.now + commandTimeout
    var status: Int32 = 0
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid { break }
      if waited < 0 && errno != EINTR {
        throw Failure(description: "waitpid failed for \(command[0])")
      }
      if clock.now >= deadline {
        Glibc.kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        throw Failure(description: "\(command.joined(separator: " ")) did not finish in time")
      }
      usleep(2000)
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// Sends keys by tmux name (`q`, `Enter`, `C-z`, ...).
  func sendKeys(_ keys: String...) throws {
    try run(["send-keys"] + keys)
  }

  /// Types text literally, then presses Enter.
  func typeLine(_ text: String) throws {
    try run(["send-keys", "-l", text])
    try run(["send-keys", "Enter"])
  }

  /// The pane's text, one line per row (with `escapes`, including colours and attributes;
  /// with `history`, starting with the lines scrolled off the top).
  func capture(escapes: Bool = false, history: Bool = false) throws -> String {
    try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + (history ? ["-S", "-"] : []))
  }

  /// Expands a tmux format (`#{alternate_on}`, ...) for the pane.
  func display(_ format: String) throws -> String {
    try run(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Resizes the window (the program gets SIGWINCH).
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-x", String(width), "-y", String(height)])
  }

  /// Resizes the window to each size in turn, in one tmux invocation, as fast as tmux can.
  func resizeStorm(_ sizes: [(width: Int, height: Int)]) throws {
    var arguments: [String] = []
    for size in sizes {
      if !arguments.isEmpty { arguments.append(";") }
      arguments += ["resize-window", "-x", String(size.width), "-y", String(size.height)]
    }
    try run(arguments)
  }

  // MARK: - State

  /// Whether the pane shows the alternate screen.
  var alternateScreenOn: Bool {
    get throws { try display("#{alternate_on}") == "1" }
  }

  /// Whether the pane's cursor is visible.
  var cursorVisible: Bool {
    get throws { try display("#{cursor_flag}") == "1" }
  }

  /// Whether the pane's program has exited.
  var paneDead: Bool {
    get throws { try display("#{pane_dead}") == "1" }
  }

  /// The pane's title, as the program set it.
  var paneTitle: String {
    get throws { try display("#{pane_title}") }
  }

  /// The exit status of the pane's program once it has exited, else nil.
  var paneDeadStatus: Int? {
    get throws { Int(try display("#{pane_dead_status}")) }
  }

  // MARK: - Waiting

  /// Polls the screen until `condition` holds; returns that screen, or throws after `timeout`.
  @discardableResult
  func waitForScreen(
    _ what: String, timeout: Duration = .seconds(15), _ condition: (String) -> Bool
  ) throws -> String {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var screen = ""
    while true {
      screen = try capture()
      if condition(screen) { return screen }
      if clock.now >= deadline { break }
      Thread.sleep(forTimeInterval: 0.02)
    }
    throw Failure(description: "timed out waiting for \(what); screen:\n\(screen)")
  }

  /// Polls the screen until it contains `text` and is the same on two captures in a row.
  ///
  /// The second capture matters: tmux may be shown a frame that ncurses wrote in more than
  /// one piece, so the first capture holding `text` can still lack the rest of the frame.
  @discardableResult
  func waitForText(_ text: String, timeout: Duration = .seconds(15)) throws -> String {
    var previous: String?
    return try waitForScreen("\"\(text)\"", timeout: timeout) { screen in
      defer { previous = screen }
      return screen.contains(text) && screen == previous
    }
  }

  /// Polls until the screen is the same on two captures in a row, and returns it.
  @discardableResult
  func waitForStableScreen(timeout: Duration = .seconds(15)) throws -> String {
    var previous: String?
    return try waitForScreen("a stable screen", timeout: timeout) { screen in
      defer { previous = screen }
      return screen == previous
    }
  }

  /// Waits until the reader has nothing left to bring in (no load in progress, no body being
  /// read, no search running) and the screen stays the same between two captures.
  ///
  /// A screen recorded to compare against later must be this final one: an earlier capture
  /// could show "Loading…" or a load count that never comes back.
  @discardableResult
  func waitForSettledScreen(timeout: Duration = .seconds(15)) throws -> String {
    var previous: String?
    return try waitForScreen("a settled screen", timeout: timeout) { screen in
      defer { previous = screen }
      let status = screen.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
      let busy =
        screen.contains("Loading…") || status.contains("loading ")
        || status.contains("searching")
      return !busy && screen == previous
    }
  }

  /// Polls a condition on the session (not the screen) until it holds.
  func waitUntil(_ what: String, timeout: Duration = .seconds(15), _ condition: () throws -> Bool)
    throws
  {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
      if try condition() { return }
      Thread.sleep(forTimeInterval: 0.02)
    }
    if try condition() { return }
    throw Failure(description: "timed out waiting for \(what); screen:\n\(try capture())")
  }

  /// Polls until a file in the scratch directory exists and is not empty, and returns its text.
  func waitForFile(_ name: String, timeout: Duration = .seconds(15)) throws -> String {
    let url = directory.appendingPathComponent(name)
    var text = ""
    try waitUntil("the file \(name)", timeout: timeout) {
      text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      return !text.isEmpty
    }
    return text
  }
}
