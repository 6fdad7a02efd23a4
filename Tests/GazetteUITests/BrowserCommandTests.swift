import Testing

@testable import GazetteUI

/// `$BROWSER` lists: entries, `%s`, the URL as one argument, terminal browsers.
@Suite struct BrowserCommandTests {
  private let url = "https://a.gov/x?y=1&z=2"

  @Test func anEmptyListMeansXDGOpen() {
    #expect(BrowserCommand.list(nil) == [BrowserCommand(words: ["xdg-open"])])
    #expect(BrowserCommand.list("") == [BrowserCommand(words: ["xdg-open"])])
    #expect(BrowserCommand.list(" : :") == [BrowserCommand(words: ["xdg-open"])])
  }

  @Test func entriesAreSplitAtColonsAndWordsAtSpaces() {
    let list = BrowserCommand.list("/nope/browser:firefox --new-window %s: w3m")
    #expect(list.map(\.words) == [["/nope/browser"], ["firefox", "--new-window", "%s"], ["w3m"]])
  }

  @Test func percentSIsReplacedElseTheURLGoesLast() {
    #expect(BrowserCommand(words: ["w3m"]).arguments(for: url) == ["w3m", url])
    #expect(
      BrowserCommand(words: ["firefox", "--new-window", "%s"]).arguments(for: url)
        == ["firefox", "--new-window", url])
    #expect(
      BrowserCommand(words: ["b", "--url=%s", "-x"]).arguments(for: url)
        == ["b", "--url=" + url, "-x"])
    #expect(
      BrowserCommand(words: ["b", "100%%", "%q"]).arguments(for: url) == ["b", "100%", "%q", url])
  }

  @Test func theURLIsOneArgumentWhateverItHolds() {
    let odd = "https://a.gov/$(rm -rf ~);`x`|y'z\"w"
    let arguments = BrowserCommand(words: ["sh-like", "%s"]).arguments(for: odd)
    #expect(arguments == ["sh-like", odd])
  }

  @Test func terminalBrowsersAreKnownByTheirExecutable() {
    let settings = ActionSettings()
    #expect(BrowserCommand(words: ["w3m"]).isTerminalBrowser(in: settings))
    #expect(
      BrowserCommand(words: ["/usr/bin/lynx", "-accept_all_cookies"]).isTerminalBrowser(
        in: settings))
    #expect(BrowserCommand(words: ["elinks"]).isTerminalBrowser(in: settings))
    #expect(!BrowserCommand(words: ["firefox"]).isTerminalBrowser(in: settings))
    #expect(!BrowserCommand(words: ["xdg-open"]).isTerminalBrowser(in: settings))
  }
}
