import Testing

@testable import GazetteUI

/// `ActionSettings.from(environment:)`: save directory, browser, display, clipboard, links.
@Suite struct ActionSettingsTests {
  private func settings(
    _ environment: [String: String], directories: Set<String> = [], hyperlinks: Bool? = nil,
    clipboard: Bool? = nil, userDirectories: UserDirectories? = nil
  ) -> ActionSettings {
    ActionSettings.from(
      environment: environment, hyperlinksWanted: hyperlinks, clipboardWanted: clipboard,
      userDirectories: userDirectories, isDirectory: { directories.contains($0) })
  }

  @Test func theDownloadFolderOfUserDirsComesBetweenTheVariableAndHomeDownloads() {
    let folders = UserDirectories(
      text: "# written by xdg-user-dirs-update\nXDG_DOWNLOAD_DIR=\"$HOME/下载\"\n",
      home: "/home/u")
    let all: Set<String> = ["/dl", "/home/u/下载", "/home/u/Downloads"]
    #expect(
      settings(["HOME": "/home/u"], directories: all, userDirectories: folders).saveDirectory
        == "/home/u/下载")
    #expect(
      settings(
        ["XDG_DOWNLOAD_DIR": "/dl", "HOME": "/home/u"], directories: all,
        userDirectories: folders
      ).saveDirectory == "/dl")
    // A folder the file names but that does not exist is passed over.
    #expect(
      settings(
        ["HOME": "/home/u"], directories: ["/home/u/Downloads"], userDirectories: folders
      ).saveDirectory == "/home/u/Downloads")
  }

  @Test func theConfigDecidesTheClipboardUnlessTheVariableDoes() {
    #expect(!settings(["TERM": "xterm-256color"], clipboard: false).clipboard)
    #expect(settings(["TERM": "linux"], clipboard: true).clipboard)
    #expect(
      settings(["TERM": "linux", "GAZETTE_CLIPBOARD": "0"], clipboard: true).clipboard == false)
    #expect(settings(["TERM": "linux", "GAZETTE_CLIPBOARD": "1"], clipboard: false).clipboard)
  }

  @Test func theSaveDirectoryIsXDGDownloadsThenHomeDownloadsThenHere() {
    let both: Set<String> = ["/dl", "/home/u/Downloads"]
    #expect(
      settings(["XDG_DOWNLOAD_DIR": "/dl", "HOME": "/home/u"], directories: both).saveDirectory
        == "/dl")
    #expect(
      settings(["XDG_DOWNLOAD_DIR": "/gone", "HOME": "/home/u"], directories: both).saveDirectory
        == "/home/u/Downloads")
    #expect(settings(["HOME": "/home/u"]).saveDirectory == ".")
    #expect(settings([:]).saveDirectory == ".")
  }

  @Test func browserDisplayAndPathComeFromTheEnvironment() {
    let found = settings(["BROWSER": "w3m:firefox", "DISPLAY": ":0", "PATH": "/a:/b"])
    #expect(found.browser == "w3m:firefox")
    #expect(found.graphicalDisplay)
    #expect(found.searchPath == ["/a", "/b"])
    #expect(settings(["WAYLAND_DISPLAY": "wayland-0"]).graphicalDisplay)
    #expect(!settings(["DISPLAY": ""]).graphicalDisplay)
    #expect(settings(["BROWSER": ""]).browser == nil)
  }

  @Test func theClipboardIsOffOnlyWhereOSC52WouldGoWrong() {
    #expect(settings(["TERM": "xterm-256color"]).clipboard)
    #expect(settings(["TERM": "screen-256color", "TMUX": "/tmp/t,1,0"]).clipboard)
    #expect(!settings(["TERM": "linux"]).clipboard)
    #expect(!settings(["TERM": "screen"]).clipboard)
    #expect(!settings(["TERM": "vt100"]).clipboard)
    #expect(!settings([:]).clipboard)
    #expect(settings(["TERM": "linux", "GAZETTE_CLIPBOARD": "1"]).clipboard)
    #expect(!settings(["TERM": "xterm", "GAZETTE_CLIPBOARD": "0"]).clipboard)
  }

  @Test func hyperlinksOnlyOnTerminalsKnownToShowThem() {
    #expect(settings(["TERM": "xterm-kitty"]).hyperlinks)
    #expect(settings(["TERM": "xterm-256color", "VTE_VERSION": "7600"]).hyperlinks)
    #expect(settings(["TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"]).hyperlinks)
    #expect(!settings(["TERM": "xterm-256color", "VTE_VERSION": "4800"]).hyperlinks)
    #expect(!settings(["TERM": "xterm-256color"]).hyperlinks)
    // tmux passes the outer terminal's variables on, stale or not: off there.
    #expect(
      !settings(["TERM": "tmux-256color", "TMUX": "x", "TERM_PROGRAM": "WezTerm"]).hyperlinks)
    #expect(settings(["TERM": "xterm"], hyperlinks: true).hyperlinks)
    #expect(!settings(["TERM": "xterm-kitty"], hyperlinks: false).hyperlinks)
    #expect(settings(["TERM": "xterm", "GAZETTE_HYPERLINKS": "1"], hyperlinks: false).hyperlinks)
    #expect(!settings(["TERM": "xterm-kitty", "GAZETTE_HYPERLINKS": "0"]).hyperlinks)
  }
}
