import Dispatch
import GazetteModel
import GazetteTerminal
import Glibc

/// Runs the programs the reader hands an article to: the browser and piped commands.
///
/// A terminal browser and a piped command get the terminal: the backend is suspended, the
/// child is waited for, then the terminal is taken back (after a key press for a command, so
/// its output can be read). A graphical browser is started detached (its own session,
/// `/dev/null` for its streams) and waited for in the background; only a failure is reported.
struct ExternalPrograms {
  /// The browser list, the display and where programs are found.
  let settings: ActionSettings
  /// Where reports of detached programs are posted.
  let inbox: ActionInbox

  /// What `pipe` prints before waiting for a key.
  static let continuePrompt = "Press any key to continue…"

  /// Opens `address` with the first browser of the list that can be found; returns the
  /// status line's message and whether the terminal was handed over (the screen must be
  /// painted again).
  func open(_ address: WebAddress, on backend: some TerminalBackend) -> (
    message: String, handedOver: Bool
  ) {
    let url = address.ascii
    var missing: [String] = []
    for browser in BrowserCommand.list(settings.browser) {
      let name = Self.shown(browser.program.split(separator: "/").last.map(String.init) ?? "")
      guard let path = ChildProcess.locate(browser.program, in: settings.searchPath) else {
        missing.append(name)
        continue
      }
      var arguments = browser.arguments(for: url)
      arguments[0] = path
      if browser.isTerminalBrowser(in: settings) || !settings.graphicalDisplay {
        backend.suspend()
        defer { backend.resume(afterKeyPress: nil) }
        do {
          let pid = try ChildProcess.spawn(arguments, streams: .terminal)
          switch ChildProcess.wait(for: pid) {
          case .exited(0): return ("Back from \(name)", true)
          case .exited(let status): return ("\(name) ended with status \(status)", true)
          case .signalled(let signal): return ("\(name) ended by signal \(signal)", true)
          }
        } catch {
          return ("Could not start \(name): \(error.reason)", true)
        }
      }
      do {
        let pid = try ChildProcess.spawn(arguments, streams: .detached)
        let inbox = self.inbox
        DispatchQueue.global(qos: .utility).async {
          switch ChildProcess.wait(for: pid, followingStops: false) {
          case .exited(0): break
          case .exited(let status):
            inbox.post(.report("\(name) ended with status \(status); the URL may not have opened"))
          case .signalled(let signal): inbox.post(.report("\(name) ended by signal \(signal)"))
          }
        }
        return ("Opening in \(name)…", false)
      } catch {
        return ("Could not start \(name): \(error.reason)", false)
      }
    }
    let names = missing.joined(separator: ", ")
    return ("No browser found (tried \(names)); set $BROWSER", false)
  }

  /// Runs `command` with `/bin/sh -c`, `text` on its stdin, the terminal handed over; returns
  /// the status line's message.
  func pipe(_ text: String, into command: String, on backend: some TerminalBackend) -> String {
    let directory = ProcessInfoLite.temporaryDirectory
    guard let input = ChildProcess.inputFile(holding: text, directory: directory) else {
      return "Not piped: cannot write a temporary file in \(directory)"
    }
    defer { close(input) }
    backend.suspend()
    let result: String
    var waitForKey = true
    do {
      let pid = try ChildProcess.spawn(
        ["/bin/sh", "-c", command], streams: .terminalWithInput(input))
      switch ChildProcess.wait(for: pid) {
      case .exited(0): result = "Piped to \(Self.shown(command))"
      case .exited(let status): result = "\(Self.shown(command)) ended with status \(status)"
      case .signalled(let signal): result = "\(Self.shown(command)) ended by signal \(signal)"
      }
    } catch {
      result = "Could not start /bin/sh: \(error.reason)"
      waitForKey = false
    }
    backend.resume(afterKeyPress: waitForKey ? "\r\n" + Self.continuePrompt : nil)
    return result
  }

  /// A program or command as the status line shows it: at most 40 characters.
  private static func shown(_ text: String) -> String {
    text.count <= 40 ? text : String(text.prefix(39)) + "…"
  }
}

/// The few environment facts the programs need.
enum ProcessInfoLite {
  /// `$TMPDIR`, else `/tmp`.
  static var temporaryDirectory: String {
    if let value = getenv("TMPDIR"), value.pointee != 0 { return String(cString: value) }
    return "/tmp"
  }
}
