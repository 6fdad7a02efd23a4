import Foundation
import Glibc

/// Runs an import: reads each source (a file, a folder walked recursively, or an http(s) URL),
/// recognises what it is from its content, extracts and cleans the articles, writes them, and
/// reports every step through `report`.
public final class Importer {
  private let options: ImportOptions
  private let report: (ImportEvent) -> Void
  private let decoder = TextDecoder()
  private let pinyin = PinyinAnnotationCleaner()
  private let cleaner: ArticleCleaner
  private let writer: ArticleStoreWriter
  private let fetcher: HTTPFetcher
  private let validators: ValidatorStore?
  /// What has been counted so far.
  public private(set) var summary = ImportSummary()
  /// The target directory's real path, so walking a folder never reads what this import wrote.
  private let targetRealPath: String?

  /// Creates an importer; `report` receives every event as it happens.
  public init(options: ImportOptions, report: @escaping (ImportEvent) -> Void) {
    self.options = options
    self.report = report
    cleaner = ArticleCleaner(sourceOverride: options.source, keepSuspect: options.keepSuspect)
    writer = ArticleStoreWriter(
      root: options.into ?? "", update: options.update,
      dryRun: options.dryRun || options.into == nil)
    fetcher = HTTPFetcher(limits: options.limits)
    validators = options.validatorStorePath.map(ValidatorStore.init(path:))
    targetRealPath = options.into.flatMap(Self.realPath)
  }

  /// Imports every source in order and returns the summary.
  @discardableResult
  public func run(_ sources: [String]) -> ImportSummary {
    for source in sources {
      if source.lowercased().hasPrefix("http://") || source.lowercased().hasPrefix("https://") {
        importURL(source)
      } else {
        importPath(source)
      }
    }
    if !options.dryRun, let validators {
      do { try validators.save() } catch {
        emit(
          .note(origin: validators.path, message: "cannot remember ETag/Last-Modified: \(error)"))
      }
    }
    return summary
  }

  private func emit(_ event: ImportEvent) {
    summary.count(event)
    report(event)
  }

  // MARK: - Files and folders

  private func importPath(_ path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else {
      emit(.failed(origin: path, reason: "cannot read it: \(String(cString: strerror(errno)))"))
      return
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      walk(path)
    } else {
      importFile(path, explicit: true)
    }
  }

  /// Every file below `directory`, in path order; hidden names and the target are skipped.
  private func walk(_ directory: String) {
    var files: [String] = []
    var pending = [directory]
    var seen: Set<String> = []
    while let folder = pending.popLast() {
      guard let real = Self.realPath(folder), seen.insert(real).inserted else { continue }
      if let targetRealPath, real == targetRealPath { continue }
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        emit(.failed(origin: folder, reason: "cannot read this folder"))
        continue
      }
      for name in names where !name.hasPrefix(".") {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        var status = stat()
        guard stat(path, &status) == 0 else { continue }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: pending.append(path)
        case S_IFREG: files.append(path)
        default: continue
        }
      }
    }
    for file in files.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
      importFile(file, explicit: false)
    }
  }

  private func importFile(_ path: String, explicit: Bool) {
    let bytes: [UInt8]
    do { bytes = try readFile(path) } catch {
      emit(.failed(origin: path, reason: error.description))
      return
    }
    importDocument(bytes, origin: path, url: nil, headerCharset: nil, explicit: explicit)
  }

  private func readFile(_ path: String) throws(HTTPFetcher.Failure) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw .init(description: "cannot open it: \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      throw .init(description: "not a regular file")
    }
    let limit = options.limits.maxDocumentBytes
    guard status.st_size <= limit else {
      throw .init(description: "too large (\(status.st_size) bytes; the limit is \(limit))")
    }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + done, $0.count - done)
      }
      if count < 0 && errno == EINTR { continue }
      if count < 0 {
        throw .init(description: "cannot read it: \(String(cString: strerror(errno)))")
      }
      if count == 0 { break }
      done += count
    }
    return Array(bytes.prefix(done))
  }

  // MARK: - URLs

  private func importURL(_ address: String) {
    guard let url = URL(string: address), url.host != nil else {
      emit(.failed(origin: address, reason: "not a valid address"))
      return
    }
    let remembered = validators?.validators(for: address)
    let response: HTTPFetcher.Response
    do { response = try fetcher.fetch(url, validators: remembered) } catch {
      emit(.failed(origin: address, reason: error.description))
      return
    }
    switch response {
    case .notModified:
      emit(.notModified(origin: address))
    case .body(let bytes, let contentType, let finalURL, let newValidators):
      let mediaType = contentType?.split(separator: ";").first?.trimming().lowercased() ?? ""
      let binaryTypes = ["image/", "audio/", "video/", "font/"]
      let binaryExact = [
        "application/pdf", "application/zip", "application/octet-stream", "application/gzip",
        "application/x-gzip", "application/vnd.ms-excel", "application/msword",
      ]
      if binaryTypes.contains(where: mediaType.hasPrefix) || binaryExact.contains(mediaType) {
        if ContentKind.of(bytes) == .binary || mediaType != "application/octet-stream" {
          emit(
            .failed(origin: address, reason: "the server sent \(mediaType), not a page or a feed"))
          return
        }
      }
      let charset = contentType.flatMap(Self.charset(in:))
      let succeeded = importDocument(
        bytes, origin: address, url: finalURL, headerCharset: charset, explicit: true)
      if succeeded, !newValidators.isEmpty { validators?.remember(newValidators, for: address) }
    }
  }

  /// The `charset` parameter of a `Content-Type`.
  static func charset(in contentType: String) -> String? {
    for parameter in contentType.split(separator: ";").dropFirst() {
      let parts = parameter.split(separator: "=", maxSplits: 1)
      if parts.count == 2, parts[0].trimming().lowercased() == "charset" {
        return parts[1].trimming("\"'")
      }
    }
    return nil
  }

  // MARK: - Documents

  /// Imports one document; true when it was read (whatever became of its articles).
  @discardableResult
  private func importDocument(
    _ bytes: [UInt8], origin: String, url: String?, headerCharset: String?, explicit: Bool
  ) -> Bool {
    let kind = ContentKind.of(bytes)
    switch kind {
    case .binary:
      emit(.skipped(origin: origin, reason: "binary data, not a page or a feed"))
      return false
    case .json:
      emit(.skipped(origin: origin, reason: "JSON (an article file?), not a page or a feed"))
      return false
    case .feed, .html, .otherXML, .text:
      break
    }
    if kind != .text, MarkupParser.declaresEntities(bytes) {
      emit(.failed(origin: origin, reason: MarkupParser.Failure.declaresEntities.description))
      return false
    }
    let decoded: DecodedText
    do {
      decoded = try decoder.decode(bytes, headerCharset: headerCharset, forced: options.encoding)
    } catch {
      emit(.failed(origin: origin, reason: error.description))
      return false
    }
    if decoded.evidence == .validUTF8DespiteDeclaration {
      let label = TextDecoder.declaredCharset(bytes) ?? "another encoding"
      emit(.note(origin: origin, message: "declares \(label) but is valid UTF-8; read as UTF-8"))
    }
    if decoded.evidence == .detected {
      emit(
        .note(
          origin: origin, message: "encoding not declared; detected \(decoded.encoding.rawValue)"))
    }
    switch kind {
    case .feed:
      return importFeed(decoded.text, origin: origin, url: url)
    case .html:
      let page: ExtractedPage
      do { page = try HTMLExtractor.extract(decoded.text, url: url) } catch {
        emit(.skipped(origin: origin, reason: error.description))
        return false
      }
      store(page, origin: origin, earlier: [], fallbackSource: nil)
    case .otherXML:
      emit(.skipped(origin: origin, reason: "XML, but not an RSS or Atom feed"))
      return false
    default:
      // The labels of a damaged page are damaged too (`發(fā)布時間`): clean, then read.
      let cleaned = pinyin.clean(decoded.text)
      var page: ExtractedPage
      do { page = try TextPageExtractor.extract(cleaned.text) } catch {
        emit(.skipped(origin: origin, reason: error.description))
        return false
      }
      page.url = url
      store(page, origin: origin, earlier: cleaned.removed, fallbackSource: nil)
    }
    return true
  }

  private func importFeed(_ text: String, origin: String, url: String?) -> Bool {
    let feed: FeedReader.Feed
    do {
      feed = try FeedReader.read(text, base: url, maxItems: options.limits.maxFeedItems)
    } catch {
      emit(.failed(origin: origin, reason: error.description))
      return false
    }
    if feed.itemCount > feed.items.count + feed.problems.count {
      emit(
        .note(
          origin: origin,
          message: "the feed has \(feed.itemCount) items; read the first "
            + "\(options.limits.maxFeedItems) (the limit)"))
    }
    for problem in feed.problems {
      emit(.skipped(origin: "\(origin) \(problem)", reason: "no title and no text"))
    }
    for (index, var item) in feed.items.enumerated() {
      if item.language == nil { item.language = feed.language }
      store(item, origin: "\(origin)#\(index + 1)", earlier: [], fallbackSource: feed.title)
    }
    return true
  }

  private func store(
    _ page: ExtractedPage, origin: String, earlier: [PinyinAnnotation], fallbackSource: String?
  ) {
    let cleaned: CleanedArticle
    do {
      cleaned = try cleaner.clean(page, earlier: earlier, fallbackSource: fallbackSource)
    } catch {
      emit(.skipped(origin: origin, reason: error.description))
      return
    }
    let json = ArticleFileJSON.bytes(of: cleaned.article)
    let outcome: WriteOutcome
    do { outcome = try writer.write(cleaned.article) } catch {
      emit(.failed(origin: origin, reason: error.description))
      return
    }
    emit(.article(origin: origin, cleaned: cleaned, outcome: outcome, json: json))
  }

  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
