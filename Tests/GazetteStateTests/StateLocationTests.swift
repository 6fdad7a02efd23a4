import Foundation
import GazetteTestSupport
import Testing

@testable import GazetteState

/// Where stores live: one per data directory, found again through links and relative paths.
@Suite struct StateLocationTests {
  @Test func followsXDGStateHomeWithHomeAsTheFallback() {
    #expect(
      StateLocation.stateDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/gazette")
    #expect(
      StateLocation.stateDirectory(environment: ["XDG_STATE_HOME": "", "HOME": "/h"])
        == "/h/.local/state/gazette")
    #expect(
      StateLocation.stateDirectory(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        == "/h/.local/state/gazette")
  }

  @Test func aLinkAndTheRealPathShareOneStoreAndOtherDirectoriesDoNot() throws {
    let directory = try TemporaryDirectory()
    let files = FileManager.default
    try files.createDirectory(
      atPath: directory.path + "/one/data", withIntermediateDirectories: true)
    try files.createDirectory(
      atPath: directory.path + "/two/data", withIntermediateDirectories: true)
    try files.createSymbolicLink(
      atPath: directory.path + "/link", withDestinationPath: directory.path + "/one/data")
    let environment = directory.environment
    let real = StateLocation(dataDirectory: directory.path + "/one/data", environment: environment)
    let linked = StateLocation(dataDirectory: directory.path + "/link/", environment: environment)
    let dotted = StateLocation(
      dataDirectory: directory.path + "/two/../one/data", environment: environment)
    let other = StateLocation(dataDirectory: directory.path + "/two/data", environment: environment)
    #expect(linked.storePath == real.storePath && dotted.storePath == real.storePath)
    #expect(other.storePath != real.storePath)
    #expect((real.storePath as NSString).lastPathComponent.hasPrefix("data-"))
  }

  @Test func storeNamesAreSafeFileNames() {
    let name = StateLocation.storeName(forRealPath: "/x/.hidden 盤錦/../a b")
    #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
    #expect(!StateLocation.storeName(forRealPath: "/.x").hasPrefix("."))
    #expect(StateLocation.storeName(forRealPath: "/").hasPrefix("root-"))
  }
}
