import GazetteModel
import Testing

@testable import GazetteIndex

/// Comparing stored stamps with a listing: added, changed, renamed, removed.
@Suite struct DirectoryChangesTests {
  static func stamp(_ inode: UInt64, size: Int64 = 10) -> FileStamp {
    FileStamp(size: size, modified: 1_000, inode: inode, device: 1)
  }

  @Test func findsEveryKindOfChangeInOneMerge() {
    let stored: [(path: String, stamp: FileStamp?)] = [
      ("a.json", Self.stamp(1)), ("b/c.json", Self.stamp(2)), ("b/d.json", Self.stamp(3)),
      ("e.json", nil), ("z.json", Self.stamp(9)),
    ]
    let listed = [
      DirectoryListing.File(relativePath: "a.json", stamp: Self.stamp(1)),
      DirectoryListing.File(relativePath: "b/c.json", stamp: Self.stamp(2, size: 11)),
      DirectoryListing.File(relativePath: "b/moved.json", stamp: Self.stamp(3)),
      DirectoryListing.File(relativePath: "e.json", stamp: Self.stamp(5)),
      DirectoryListing.File(relativePath: "new.json", stamp: Self.stamp(7)),
    ]
    let changes = DirectoryChanges.between(stored: stored, listed: listed)
    #expect(changes.added == ["new.json"])
    #expect(changes.changed == ["b/c.json", "e.json"])
    #expect(changes.removed == ["z.json"])
    #expect(changes.renamed.map(\.from) == ["b/d.json"])
    #expect(changes.renamed.map(\.to) == ["b/moved.json"])
    #expect(changes.pathsToRead == ["b/c.json", "b/moved.json", "e.json", "new.json"])

    // The same from a dictionary (no order) and a shuffled listing.
    var byPath: [String: FileStamp?] = [:]
    for (path, stamp) in stored { byPath[path] = stamp }
    #expect(DirectoryChanges.between(stored: byPath, listed: listed.reversed()) == changes)
    #expect(
      DirectoryChanges.between(
        stored: stored,
        listed: listed.map {
          DirectoryListing.File(
            relativePath: $0.relativePath, stamp: $0.relativePath == "new.json" ? nil : $0.stamp)
        }
      ).added == ["new.json"])
    #expect(
      DirectoryChanges.between(
        stored: stored,
        listed: [
          DirectoryListing.File(relativePath: "a.json", stamp: Self.stamp(1)),
          DirectoryListing.File(relativePath: "b/c.json", stamp: Self.stamp(2)),
          DirectoryListing.File(relativePath: "b/d.json", stamp: Self.stamp(3)),
          DirectoryListing.File(relativePath: "e.json", stamp: nil),
          DirectoryListing.File(relativePath: "z.json", stamp: Self.stamp(9)),
        ]
      ).changed == ["e.json"])
  }

  @Test func pathsCompareByTheirBytes() {
    // "é" precomposed and decomposed are equal as Swift strings but are two files.
    let stored: [(path: String, stamp: FileStamp?)] = [("caf\u{E9}.json", Self.stamp(1))]
    let listed = [DirectoryListing.File(relativePath: "cafe\u{301}.json", stamp: Self.stamp(2))]
    let changes = DirectoryChanges.between(stored: stored, listed: listed)
    #expect(changes.added == ["cafe\u{301}.json"])
    #expect(changes.removed == ["caf\u{E9}.json"])
  }
}
