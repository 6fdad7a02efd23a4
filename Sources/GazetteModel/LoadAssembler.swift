/// Builds the `LoadResult` a load of the whole directory gives from its files taken one at a
/// time in path order: ids made unique across files, a file reached by two paths used once,
/// walk problems in their places, and the list sorted.
///
/// The index keeps files apart (so that a changed file is replaced alone) and puts them
/// together with this, exactly as `ArticleLoader` does while it loads.
public struct LoadAssembler {
  private var registry = ArticleIDRegistry()
  private var seenFiles: Set<FileIdentity> = []
  private var articles: [Article] = []
  private var problems: [LoadProblem] = []
  private var fileCount = 0

  /// Creates an empty assembler; `expectedArticles` reserves room.
  public init(expectedArticles: Int = 0) {
    articles.reserveCapacity(expectedArticles)
    registry.reserveCapacity(expectedArticles)
  }

  /// Adds a problem of the walk (before the files it precedes).
  public mutating func addWalkProblem(_ problem: LoadProblem) {
    problems.append(problem)
  }

  /// Adds the next file in path order: its articles with the file's own ids, its problems, and
  /// its stamp (a file with the device and inode of one already added is skipped, as the
  /// loader skips a file reached again through a link).
  public mutating func addFile(
    articles fileArticles: [Article], problems fileProblems: [LoadProblem], stamp: FileStamp?
  ) {
    if let stamp,
      !seenFiles.insert(FileIdentity(device: stamp.device, inode: stamp.inode)).inserted
    {
      return
    }
    fileCount += 1
    var renames: [LoadProblem] = []
    for var article in fileArticles {
      if let warning = registry.register(&article) { renames.append(warning) }
      articles.append(article)
    }
    problems.append(contentsOf: ArticleLoader.merged(fileProblems, renames))
  }

  /// Number of articles added so far.
  public var count: Int { articles.count }

  /// The result: articles in list order, problems in path order.
  public mutating func finish() -> LoadResult {
    ArticleOrder.sort(&articles)
    return LoadResult(articles: articles, problems: problems, fileCount: fileCount)
  }
}
