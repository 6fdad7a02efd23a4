import GazetteModel
import Testing

/// `WebAddress`: which URLs may be handed to a browser, the clipboard or a terminal.
@Suite struct WebAddressTests {
  private func refusal(_ text: String?) -> WebAddress.Refusal? {
    do {
      _ = try WebAddress(validating: text)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    "https://example.gov/a", "http://example.gov", "HTTPS://EXAMPLE.GOV/x?y=1&z=2#top",
    "https://www.city.minato.tokyo.jp/お知らせ/ごみ.html", "https://user@host:8080/p",
  ])
  func acceptsHTTPAndHTTPS(text: String) throws {
    #expect(try WebAddress(validating: text).text == text)
  }

  @Test func refusesOtherSchemes() {
    #expect(refusal("javascript:alert(1)") == .unsupportedScheme("javascript"))
    #expect(refusal("JaVaScRiPt:alert(1)") == .unsupportedScheme("javascript"))
    #expect(refusal("file:///etc/passwd") == .unsupportedScheme("file"))
    #expect(refusal("data:text/html,<b>x</b>") == .unsupportedScheme("data"))
    #expect(refusal("example.gov/a") == .unsupportedScheme("none"))
    #expect(refusal("\u{1B}]8;;x:y") == .unsupportedScheme("an odd"))
  }

  @Test func refusesAMissingURLOrHost() {
    #expect(refusal(nil) == .missing)
    #expect(refusal("") == .missing)
    #expect(refusal("https:example.gov") == .missingHost)
    #expect(refusal("https:///path") == .missingHost)
    #expect(refusal("https://?q") == .missingHost)
  }

  @Test(arguments: [
    "https://a.gov/\u{1B}]52;c;ZXZpbA==\u{07}", "https://a.gov/\u{07}", "https://a.gov/ x",
    "https://a.gov/\u{7F}", "https://a.gov/\u{9B}31m", "https://a.gov/\u{202E}lmth.exe",
    "https://a.gov/\u{200B}", "https://a.gov/\n", "https://a.gov/\u{2028}",
    "https://a.gov/\u{3000}", "https://a.gov/\u{E000}",
  ])
  func refusesControlSpaceAndInvisibleCharacters(text: String) {
    #expect(refusal(text) == .unsafeCharacter)
  }

  @Test func refusesAURLTheLoaderMayHaveCut() {
    let long = "https://a.gov/" + String(repeating: "x", count: WebAddress.maximumLength)
    #expect(refusal(long) == .tooLong)
    let cut = "https://a.gov/" + String(repeating: "x", count: WebAddress.maximumLength - 14)
    #expect(refusal(cut) == .tooLong)
    let fits = "https://a.gov/" + String(repeating: "x", count: WebAddress.maximumLength - 15)
    #expect(refusal(fits) == nil)
  }

  @Test func asciiPercentEncodesEverythingElse() throws {
    let address = try WebAddress(validating: "https://a.jp/お知らせ?q=ü&r=%41")
    #expect(address.ascii == "https://a.jp/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B?q=%C3%BC&r=%41")
    #expect(address.ascii.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F })
  }

  @Test func everyRefusalSaysWhy() {
    let refusals: [WebAddress.Refusal] = [
      .missing, .unsupportedScheme("ftp"), .missingHost, .unsafeCharacter, .tooLong,
    ]
    for refusal in refusals { #expect(!refusal.description.isEmpty) }
    #expect(WebAddress.Refusal.unsupportedScheme("ftp").description.contains("ftp:"))
  }
}
