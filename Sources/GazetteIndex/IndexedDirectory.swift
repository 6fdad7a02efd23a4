import GazetteModel

/// Opens the index of a data directory for a command or the reader: the index in use when
/// it is whole, else a new one built from the directory, else nothing (the caller then reads
/// the directory as without an index).
public struct IndexedDirectory: Sendable {
  /// The index, when one could be opened or built.
  public var index: ArticleIndex?
  /// What the index holds (or what the build read), when there is an index.
  public var result: LoadResult?
  /// Whether the index was built now (so it is fresh and needs no revalidation).
  public var wasBuilt: Bool
  /// What the user should be told: a damaged index rebuilt, a cache that cannot be written.
  public var messages: [String]

  /// Opens or builds the index of the directory `scanner` reads, at `location`; a build
  /// leaves the bodies to the first search unless `indexingBodies`.
  public static func open(
    at location: IndexLocation, scanner: DirectoryScanner, indexingBodies: Bool = true
  ) -> IndexedDirectory {
    var messages: [String] = []
    do {
      if let index = try ArticleIndex.openExisting(at: location) {
        if index.needsCompaction() {
          return build(
            at: location, scanner: scanner, indexingBodies: indexingBodies, messages: messages)
        }
        do {
          let result = try index.load()
          return IndexedDirectory(index: index, result: result, wasBuilt: false, messages: [])
        } catch {
          messages.append("\(error); rebuilding it")
        }
      }
    } catch {
      messages.append("\(error); rebuilding it")
    }
    return build(
      at: location, scanner: scanner, indexingBodies: indexingBodies, messages: messages)
  }

  private static func build(
    at location: IndexLocation, scanner: DirectoryScanner, indexingBodies: Bool,
    messages: [String]
  ) -> IndexedDirectory {
    var messages = messages
    do {
      let index = try ArticleIndex.build(
        at: location, scanner: scanner, indexingBodies: indexingBodies)
      let result = try index.load()
      return IndexedDirectory(index: index, result: result, wasBuilt: true, messages: messages)
    } catch {
      messages.append("\(error); reading the directory without an index")
      return IndexedDirectory(index: nil, result: nil, wasBuilt: false, messages: messages)
    }
  }
}
