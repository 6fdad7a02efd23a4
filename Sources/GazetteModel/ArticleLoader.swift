import Foundation

/// Loads the articles of a data directory, in parallel, collecting problems instead of failing.
///
/// One thread walks the directory (see `DirectoryWalker`) while worker threads, one per core
/// (at most 16), read and parse the files it finds; results come back in path order, so ids
/// and problems are the same on every run. Only metadata is kept: bodies are validated and dropped, and
/// `BodyReader` reads them again when shown.
public final class ArticleLoader: Sendable {
  /// The data directory.
  public let root: String
  /// Limits applied to every file.
  public let limits: LoadLimits

  /// Creates a loader for the directory at `root`.
  public init(root: String, limits: LoadLimits = .standard) {
    self.root = ArticleLoader.trimmingTrailingSlashes(root)
    self.limits = limits
  }

  /// Loads every article, using all cores, and returns them sorted with all problems.
  public func loadAll() -> LoadResult {
    var articles: [Article] = []
    var problems: [LoadProblem] = []
    var fileCount = 0
    streamBatches(
      whenAllFilesFound: { files in
        // Reserving once the file count is known avoids the copies (and the freed but still
        // resident buffers) of growing the array step by step; unused capacity is never touched.
        articles.reserveCapacity(max(articles.count, files * 2))
      },
      deliver: { batch, files in
        articles.append(contentsOf: batch.articles)
        problems.append(contentsOf: batch.problems)
        fileCount += files
      })
    ArticleOrder.sort(&articles)
    return LoadResult(articles: articles, problems: problems, fileCount: fileCount)
  }

  /// Loads every article, calling `onBatch` (never concurrently) as groups of files finish.
  ///
  /// Batches come in path order on the calling thread: the first after a handful of files,
  /// later ones larger. Returns when the load is complete; the last batch has
  /// `progress.isFinished`. The articles of all batches are those of `loadAll()` (same ids),
  /// unsorted.
  public func load(onBatch: @Sendable (LoadBatch) -> Void) {
    streamBatches(whenAllFilesFound: { _ in }, deliver: { batch, _ in onBatch(batch) })
  }

  /// Number of worker threads: one per core.
  private var workerCount: Int {
    min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 16)
  }

  /// Runs the load, handing each batch and the number of distinct files it read to `deliver`;
  /// `whenAllFilesFound` learns the number of files as soon as the walk is over.
  private func streamBatches(
    whenAllFilesFound: (Int) -> Void, deliver: (LoadBatch, Int) -> Void
  ) {
    let pipeline = OrderedWorkPipeline<WalkEntry, LoadWorker.EntryResult>(chunkSize: { chunk in
      // 8, 16, 32, … files: quick first titles, then less coordination.
      8 << min(chunk, 6)
    })
    let root = root
    let limits = limits
    var registry = ArticleIDRegistry()
    var seenFiles: Set<FileIdentity> = []
    var filesLoaded = 0
    var articlesLoaded = 0
    var finished = false
    var reserved = false
    var lastProgress = LoadProgress(
      filesFound: 0, filesLoaded: 0, articlesLoaded: 0, discoveryFinished: false)

    pipeline.run(
      workerCount: workerCount,
      producer: {
        var pending: [WalkEntry] = []
        var pendingFiles = 0
        DirectoryWalker(root: root).walk { entry in
          if case .file = entry { pendingFiles += 1 }
          pending.append(entry)
          if pending.count >= 32 {
            pipeline.add(pending, found: pendingFiles)
            pending.removeAll(keepingCapacity: true)
            pendingFiles = 0
          }
        }
        pipeline.add(pending, found: pendingFiles)
        pipeline.finishInput()
      },
      makeWorker: {
        let worker = LoadWorker(root: root, limits: limits)
        return { entry in worker.process(entry) }
      },
      deliver: { results, delivery in
        if delivery.inputFinished && !reserved {
          reserved = true
          registry.reserveCapacity(delivery.found * 2)
          seenFiles.reserveCapacity(delivery.found)
          whenAllFilesFound(delivery.found)
        }
        var batch = LoadBatch(articles: [], problems: [], progress: lastProgress)
        var distinctFiles = 0
        for result in results {
          if result.isFile { filesLoaded += 1 }
          if let identity = result.identity, !seenFiles.insert(identity).inserted {
            continue  // The same file reached by a second path: already loaded.
          }
          if result.isFile { distinctFiles += 1 }
          var renames: [LoadProblem] = []
          for var article in result.articles {
            if let warning = registry.register(&article) { renames.append(warning) }
            batch.articles.append(article)
          }
          batch.problems.append(contentsOf: ArticleLoader.merged(result.problems, renames))
        }
        articlesLoaded += batch.articles.count
        batch.progress = LoadProgress(
          filesFound: delivery.found, filesLoaded: filesLoaded, articlesLoaded: articlesLoaded,
          discoveryFinished: delivery.inputFinished)
        finished = delivery.isLast && batch.progress.isFinished
        lastProgress = batch.progress
        deliver(batch, distinctFiles)
      })

    if !finished {
      let progress = LoadProgress(
        filesFound: filesLoaded, filesLoaded: filesLoaded, articlesLoaded: articlesLoaded,
        discoveryFinished: true)
      deliver(LoadBatch(articles: [], problems: [], progress: progress), 0)
    }
  }

  /// A file's problems with the id-rename warnings placed by line (those have no line, so
  /// they come first, in article order).
  static func merged(_ problems: [LoadProblem], _ renames: [LoadProblem])
    -> [LoadProblem]
  {
    guard !renames.isEmpty else { return problems }
    let (unplaced, placed) = problems.reduce(into: ([LoadProblem](), [LoadProblem]())) {
      if $1.line == nil { $0.0.append($1) } else { $0.1.append($1) }
    }
    return unplaced + renames + placed
  }

  private static func trimmingTrailingSlashes(_ path: String) -> String {
    var path = path
    while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
    return path.isEmpty ? "." : path
  }
}
