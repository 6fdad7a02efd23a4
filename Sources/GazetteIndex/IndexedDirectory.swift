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
  /// What changed in the directory since the index last saw it (applied before loading),
  /// when `open` was asked to revalidate an existing index.
  public var changes = DirectoryChanges()
  /// What the user should be told: a damaged index rebuilt, a cache that cannot be written.
  public var messages: [String]

  /// Opens or builds the index of the directory `scanner` reads, at `location`.
  ///
  /// A build leaves the bodies to the first search unless `indexingBodies`. With
  /// `revalidating`, an existing index is first brought up to date with the directory (only
  /// changed files are read), so what it gives is what the files say now.
  public static func open(
    at location: IndexLocation, scanner: DirectoryScanner, indexingBodies: Bool = true,
    revalidating: Bool = false
  ) -> IndexedDirectory {
    var messages: [String] = []
    do {
      if let index = try ArticleIndex.openExisting(at: location) {
        if index.needsCompaction() {
          return build(
            at: location, scanner: scanner, indexingBodies: indexingBodies, messages: messages)
        }
        do {
          let changes = revalidating ? try index.revalidate(with: scanner) : DirectoryChanges()
          let result = try index.load()
          return IndexedDirectory(
            index: index, result: result, wasBuilt: false, changes: changes, messages: [])
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
      return IndexedDirectory(
        index: index, result: result, wasBuilt: true, changes: DirectoryChanges(),
        messages: messages)
    } catch {
      messages.append("\(error); reading the directory without an index")
      return IndexedDirectory(
        index: nil, result: nil, wasBuilt: false, changes: DirectoryChanges(),
        messages: messages)
    }
  }
}
