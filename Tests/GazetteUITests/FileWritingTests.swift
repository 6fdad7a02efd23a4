import Foundation
import GazetteTestSupport
import Testing

@testable import GazetteUI

/// `FileWriting`: atomic writes that never replace a file unless asked.
@Suite struct FileWritingTests {
  private func contents(_ path: String) -> String? {
    try? String(contentsOfFile: path, encoding: .utf8)
  }

  private func leftovers(in directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter {
      $0.hasPrefix(".gazette-save-")
    }
  }

  @Test func writesANewFile() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/a.txt"
    #expect(FileWriting.write(Array("新しい\n".utf8), to: path, replacing: false) == .written)
    #expect(contents(path) == "新しい\n")
    #expect(try leftovers(in: directory.path).isEmpty)
  }

  @Test func leavesAnExistingFileAloneUnlessReplacing() throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/a.txt"
    try "old".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(FileWriting.write(Array("new".utf8), to: path, replacing: false) == .exists)
    #expect(contents(path) == "old")
    #expect(FileWriting.write(Array("new".utf8), to: path, replacing: true) == .written)
    #expect(contents(path) == "new")
    #expect(try leftovers(in: directory.path).isEmpty)
  }

  @Test func reportsWhyAWriteFailed() throws {
    let directory = try TemporaryDirectory()
    let outcome = FileWriting.write(
      Array("x".utf8), to: directory.path + "/no/such/a.txt", replacing: false)
    #expect(outcome == .failed("No such file or directory"))
  }

  @Test func theDirectoryOfAPath() {
    #expect(FileWriting.directory(of: "a.txt") == ".")
    #expect(FileWriting.directory(of: "/a.txt") == "/")
    #expect(FileWriting.directory(of: "/x/y/a.txt") == "/x/y")
  }
}
