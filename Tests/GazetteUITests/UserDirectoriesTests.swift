import Testing

@testable import GazetteUI

/// `UserDirectories`: the folders of a `user-dirs.dirs` file.
@Suite struct UserDirectoriesTests {
  @Test func readsHomeRelativeAndAbsoluteFolders() {
    let folders = UserDirectories(
      text: """
        # This file is written by xdg-user-dirs-update
        XDG_DESKTOP_DIR="$HOME/Desktop"
        XDG_DOWNLOAD_DIR="$HOME/ダウンロード"
          XDG_DOCUMENTS_DIR="/srv/docs"\r
        """, home: "/home/ann/")
    #expect(folders.download == "/home/ann/ダウンロード")
    #expect(folders.folders["DOCUMENTS"] == "/srv/docs")
    #expect(folders.folders["DESKTOP"] == "/home/ann/Desktop")
  }

  @Test func leavesOutWhatTheFormatDoesNotAllow() {
    let folders = UserDirectories(
      text: """
        XDG_DOWNLOAD_DIR="$HOME/"
        XDG_MUSIC_DIR="Music"
        XDG_VIDEOS_DIR=$HOME/Videos
        XDG_PICTURES_DIR="$HOMEPICS"
        XDG_DIR="/x"
        XDG_TEMPLATES_DIR="$HOME/a \\"quoted\\" name"
        """, home: "/home/ann")
    #expect(folders.download == nil)
    #expect(folders.folders["MUSIC"] == nil)
    #expect(folders.folders["VIDEOS"] == nil)
    #expect(folders.folders["PICTURES"] == nil)
    #expect(folders.folders.count == 1)
    #expect(folders.folders["TEMPLATES"] == "/home/ann/a \"quoted\" name")
  }

  @Test func withoutAHomeHomeRelativeFoldersAreUnknown() {
    #expect(
      UserDirectories(text: "XDG_DOWNLOAD_DIR=\"$HOME/Downloads\"", home: nil).download == nil)
  }
}
