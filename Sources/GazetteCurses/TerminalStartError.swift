/// Why the full-screen reader could not take over the terminal; each case explains itself.
///
/// Every check runs before anything is written to the terminal, so a failed start leaves the
/// screen and the terminal modes untouched.
public enum TerminalStartError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Standard output is a pipe or a file, not a terminal.
  case outputNotATerminal
  /// Neither the user's locale nor C.UTF-8 gives a UTF-8 character set.
  case noUTF8Locale(codeset: String)
  /// `TERM` is not set (or empty).
  case terminalTypeUnset
  /// The terminfo database has no entry for `TERM`.
  case unknownTerminal(String)
  /// No terminfo database could be found at all.
  case noTerminfoDatabase(String)
  /// The terminal cannot move the cursor (`cup`), for example `TERM=dumb`.
  case cannotAddressCursor(String)
  /// ncurses refused to start on this terminal.
  case cannotStart(String)

  /// The message shown to the user, without a program-name prefix.
  public var description: String {
    switch self {
    case .outputNotATerminal:
      return "standard output is not a terminal, so the full-screen reader cannot start. "
        + "To print articles as text, use `gazette list` (for example `gazette list | less`)."
    case .noUTF8Locale(let codeset):
      return "the locale's character set is \(codeset), and the C.UTF-8 locale is not "
        + "available either; Gazette needs a UTF-8 locale (set LANG, for example "
        + "LANG=C.UTF-8)."
    case .terminalTypeUnset:
      return "TERM is not set, so Gazette does not know how to drive this terminal. Set it "
        + "(for example TERM=xterm-256color), or use `gazette list` for plain text."
    case .unknownTerminal(let name):
      return "the terminal type '\(name)' (from TERM) is not in the terminfo database. Set "
        + "TERM to a known type (for example TERM=xterm-256color), or use `gazette list` for "
        + "plain text."
    case .noTerminfoDatabase(let name):
      return "no terminfo database was found to look up the terminal type '\(name)' "
        + "(from TERM). Install ncurses-base, or use `gazette list` for plain text."
    case .cannotAddressCursor(let name):
      return "the terminal type '\(name)' (from TERM) cannot move the cursor, which the "
        + "full-screen reader needs. Use a full-screen terminal, or `gazette list` for plain "
        + "text."
    case .cannotStart(let name):
      return "ncurses could not start on the terminal '\(name)'. Use `gazette list` for plain "
        + "text."
    }
  }
}
