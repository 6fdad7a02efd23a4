import Foundation
import GazetteModel
import GazetteTestSupport
import Testing

@testable import GazetteIndex

/// Following a directory in memory (no index): what changed, and a list equal to a load.
@Suite struct ScannedDirectoryTests {
  private func summary(_ result: LoadResult) -> [String] {
    result.articles.map { "\($0.id)|\($0.title)|\($0.location.relativePath)" }
      + result.problems.map(\.description) + ["files: \(result.fileCount)"]
  }

  @Test func changesAreFoundAndTheListIsTheLoadersList() throws {
    let data = try TemporaryDirectory()
    try data.write("a/one.json", #"{"id": "same", "title": "One", "body": "x"}"#)
    try data.write("a/two.json", #"{"title": "Two", "published": "2024-01-02", "body": "y"}"#)
    try data.write("b/bad.json", #"{"title": "Bad" "body": "z"}"#)
    let scanner = DirectoryScanner(root: data.path)
    let followed = ScannedDirectory(scanner: scanner, listing: scanner.list())
    #expect(followed.revalidate().isEmpty)
    #expect(summary(followed.load()) == summary(ArticleLoader(root: data.path).loadAll()))

    // Added (with an id another file has: made unique as the loader does), changed, removed.
    try data.write("0/first.json", #"{"id": "same", "title": "Zero", "body": "w"}"#)
    try data.write("a/two.json", #"{"title": "Two again", "body": "longer body"}"#)
    #expect(unlink(data.path + "/b/bad.json") == 0)
    let changes = followed.revalidate()
    #expect(changes.added == ["0/first.json"])
    #expect(changes.changed == ["a/two.json"])
    #expect(changes.removed == ["b/bad.json"])
    #expect(summary(followed.load()) == summary(ArticleLoader(root: data.path).loadAll()))

    // Renamed, then nothing.
    #expect(rename(data.path + "/a/one.json", data.path + "/c.json") == 0)
    #expect(followed.revalidate().renamed.map(\.to) == ["c.json"])
    #expect(summary(followed.load()) == summary(ArticleLoader(root: data.path).loadAll()))
    #expect(followed.revalidate().isEmpty)
  }
}
