import Glibc

/// Starting and waiting for other programs (a browser, a piped command) without a shell in
/// between, unless the user's own command is one.
enum ChildProcess {
  /// Why a program could not be started.
  struct LaunchError: Error, Hashable, Sendable {
    /// The program.
    var program: String
    /// The system's reason.
    var reason: String
  }

  /// Where the child's standard streams go.
  enum Streams: Hashable, Sendable {
    /// The terminal: the child's stdin, stdout and stderr are Gazette's (stdin is `/dev/tty`
    /// when Gazette's is not a terminal).
    case terminal
    /// The terminal, with stdin read from this descriptor.
    case terminalWithInput(Int32)
    /// `/dev/null` for all three, in a session of its own: the child is detached from the
    /// terminal (a graphical browser).
    case detached
  }

  /// How a child ended.
  enum Ending: Hashable, Sendable {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it.
    case signalled(Int32)
  }

  /// The full path of `program`: as given when it holds a `/`, else the first executable of
  /// that name in `searchPath`; nil when there is none.
  static func locate(_ program: String, in searchPath: [String]) -> String? {
    guard !program.isEmpty else { return nil }
    if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
    for directory in searchPath where !directory.isEmpty {
      let path = directory + "/" + program
      var info = stat()
      if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(path, X_OK) == 0 {
        return path
      }
    }
    return nil
  }

  /// Starts `arguments` (the first is the executable's path) with `streams`; returns its pid.
  ///
  /// The child starts with an empty signal mask and the default action for the signals the
  /// reader handles or ignores, whatever thread starts it.
  static func spawn(_ arguments: [String], streams: Streams) throws(LaunchError) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }

    var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
    switch streams {
    case .terminal:
      if isatty(STDIN_FILENO) != 1 {
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/tty", O_RDONLY, 0)
      }
    case .terminalWithInput(let descriptor):
      posix_spawn_file_actions_adddup2(&actions, descriptor, STDIN_FILENO)
    case .detached:
      for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
        posix_spawn_file_actions_addopen(
          &actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
      }
      // POSIX_SPAWN_SETSID (glibc 2.26), which Swift's Glibc module does not export.
      flags |= 0x80
    }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGPIPE, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(flags))

    var pid: pid_t = 0
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    let status = posix_spawn(&pid, arguments[0], &actions, &attributes, cArguments, environ)
    guard status == 0 else {
      throw LaunchError(program: arguments[0], reason: String(cString: strerror(status)))
    }
    return pid
  }

  /// Waits for `pid` to end.
  ///
  /// When the child is stopped (Ctrl-Z while it has the terminal), Gazette stops too, as the
  /// rest of the job; when the shell continues the job, the child is continued and waited for
  /// again.
  static func wait(for pid: pid_t, followingStops: Bool = true) -> Ending {
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, followingStops ? WUNTRACED : 0)
      if result < 0 {
        if errno == EINTR { continue }
        return .exited(-1)
      }
      let low = status & 0x7F
      if status & 0xFF == 0x7F {
        // Stopped: stop with it, then make sure it runs again.
        kill(getpid(), SIGSTOP)
        kill(pid, SIGCONT)
        continue
      }
      if low == 0 { return .exited((status >> 8) & 0xFF) }
      return .signalled(low)
    }
  }

  /// A descriptor positioned at the start of an unlinked temporary file holding `text`, for a
  /// child's stdin (a file rather than a pipe: no writer thread, no SIGPIPE, and the command
  /// may read it at its own pace or not at all).
  static func inputFile(holding text: String, directory: String) -> Int32? {
    var template = Array((directory + "/gazette-pipe-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    guard FileWriting.writeAll(Array(text.utf8), to: descriptor),
      lseek(descriptor, 0, SEEK_SET) == 0
    else {
      close(descriptor)
      return nil
    }
    return descriptor
  }
}
