import GazetteTerminal

/// The text `gazette config default` prints: every setting with its default and a comment.
public enum DefaultConfigFile {
  /// The default file for the commands of `catalog`; reading it back gives the defaults.
  ///
  /// `terminalBrowsers` is the reader's built-in list of browsers that run in the terminal,
  /// shown as the example of `terminal_browsers`.
  public static func text(
    catalog: KeyCommandCatalog, terminalBrowsers: [String] = ["w3m", "lynx"]
  ) -> String {
    let defaults = Settings.defaults
    var lines: [String] = [
      "# Gazette's config file: $XDG_CONFIG_HOME/gazette/config.toml, else",
      "# ~/.config/gazette/config.toml (`gazette config path` prints where it is looked for).",
      "# Every setting is shown with its default value: delete the ones you do not change.",
      "# `gazette config check` reports mistakes; docs/config.md describes every setting.",
      "# Options on the command line win over this file, and this file over the defaults.",
      "",
      "# The directory of article JSON files when neither --data nor GAZETTE_DATA names one.",
      "# \"~/\" is your home directory; a relative path is taken from this file's directory.",
      "# data = \"~/notices\"",
      "",
      "# How dates are shown, in strftime's notation: %Y %y %m %d %e %b %B %a %A %j, and %-m",
      "# or %-d for no leading zero (\"%e %b %Y\" shows \" 5 May 2023\").",
      "date_format = \(quoted(defaults.dateFormat.pattern))",
      "",
      "# Seconds an article stays open before it counts as read (0: as soon as it is opened).",
      "read_dwell = \(defaults.readDwellSeconds)",
      "",
      "# The browser that opens an article's URL, in $BROWSER's form: commands separated by",
      "# \":\", tried in turn, each with %s where the URL goes (else it goes last). Without it:",
      "# $BROWSER, then xdg-open.",
      "# browser = \"firefox:w3m %s\"",
      "",
      "# OSC 8 hyperlinks on URLs: \"auto\" (terminals known to support them), \"always\", \"never\".",
      "hyperlinks = \(quoted(defaults.hyperlinks.rawValue))",
      "",
      "# Copying a URL to the clipboard with OSC 52 (through tmux and ssh too): \"auto\" (not on",
      "# the Linux console, dumb terminals or GNU screen), \"always\", \"never\".",
      "clipboard = \(quoted(defaults.clipboard.rawValue))",
      "",
      "# Browsers that run inside the terminal: the reader hands them the terminal while they",
      "# run and redraws after. Other browsers are started beside the reader.",
      "# terminal_browsers = [\(terminalBrowsers.map(quoted).joined(separator: ", "))]",
      "",
      "# Where `save` proposes to write. Without it: $XDG_DOWNLOAD_DIR, the download folder of",
      "# user-dirs.dirs, ~/Downloads, else the current directory.",
      "# save_directory = \"~/notices/saved\"",
      "",
      "[sort]",
      "# The list's order: \"date\" (newest first), \"source\", \"title\" or \"views\" (most first).",
      "by = \(quoted(defaults.sort.field.rawValue))",
      "# true turns the order round (oldest first, Z to A, fewest views first).",
      "reverse = \(defaults.sort.reversed)",
      "",
      "[layout]",
      "# The list's width when the panes are side by side: columns (48) or a share (\"40%\").",
      "list_width = \(defaults.layout.listWidth)",
      "# From this terminal width on, the list and the reader go side by side; narrower",
      "# terminals put the list above the reader.",
      "side_by_side_from = \(defaults.layout.sideBySideMinimumWidth)",
      "# The widest a line of article text gets, so it stays readable on a wide terminal",
      "# (0: as wide as the pane).",
      "max_text_width = \(defaults.layout.maxTextWidth)",
      "",
      "[colors]",
      "# A part of the screen takes a colour for its text, or a table of attributes:",
      "#   list_date = \"green\"",
      "#   selection = { foreground = \"blue\", background = \"default\", bold = true, reverse = true }",
      "# Colours: black red green yellow blue magenta cyan white, bright-black ... bright-white,",
      "# a palette number 0-255, or \"default\" (the terminal's own). Attributes: bold, dim,",
      "# underline, reverse. NO_COLOR in the environment turns every colour off regardless.",
      "# The parts:",
    ]
    lines += wrappedList(ColorStyle.elementNames, prefix: "#   ")
    lines += [
      "",
      "[keys]",
      "# Keys by context. `command = \"key\"` or `command = [\"key\", \"key\"]` gives a command",
      "# exactly those keys; a key given to a command is taken from the command that had it.",
      "# `command = []` leaves a command without keys; `unbind = [\"key\"]` makes keys do nothing.",
      "# A command set here, in [keys] itself, applies in every context that has it.",
      "# Key names: a character (j, J, /), C-letter (C-n), F1-F12, Up Down Left Right Home End",
      "# PageUp PageDown Enter Escape Tab BackTab Backspace Delete Space.",
    ]
    for context in catalog.contexts {
      lines.append("")
      lines.append("[keys.\(context)]")
      let commands = catalog.commands(in: context)
      let entries = commands.map { command in
        "\(command.name) = [\(command.defaultKeys.map { quoted($0.configName) }.joined(separator: ", "))]"
      }
      let width = entries.reduce(0) { max($0, $1.count) }
      for (command, entry) in zip(commands, entries) {
        lines.append(
          entry + String(repeating: " ", count: width - entry.count) + "  # " + command.summary)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` as a TOML basic string.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  private static func wrappedList(_ names: [String], prefix: String) -> [String] {
    var lines: [String] = []
    var line = prefix
    for name in names {
      if line.count + name.count + 1 > 92 && line != prefix {
        lines.append(line)
        line = prefix
      }
      line += (line == prefix ? "" : " ") + name
    }
    if line != prefix { lines.append(line) }
    return lines
  }
}
