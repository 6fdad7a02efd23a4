import GazetteModel

/// Turns an extracted page into an article: removes pinyin annotations and spam paragraphs,
/// fills the source, language and id, and keeps every field within the article format's limits
/// so `gazette check` reports nothing on the result.
public struct ArticleCleaner: Sendable {
  /// Why a page cannot become an article.
  public enum Failure: Error, Equatable, CustomStringConvertible {
    /// The title is empty once cleaned.
    case emptyTitle

    /// The reason in plain words.
    public var description: String { "the page has no title" }
  }

  /// The source to use whatever the page says (`--source`).
  public var sourceOverride: String?
  /// Keep paragraphs flagged as spam (`--keep-suspect`), still reporting them.
  public var keepSuspect: Bool
  private let pinyin: PinyinAnnotationCleaner
  private let spam: SpamDetector
  private let limits: LoadLimits

  /// Creates a cleaner.
  public init(
    sourceOverride: String? = nil, keepSuspect: Bool = false, readings: HanReadings = .shared,
    limits: LoadLimits = .standard
  ) {
    self.sourceOverride = sourceOverride
    self.keepSuspect = keepSuspect
    pinyin = PinyinAnnotationCleaner(readings: readings)
    spam = SpamDetector(readings: readings)
    self.limits = limits
  }

  /// The article of `page`.
  ///
  /// `earlier` are annotations already removed from the page's text (a text page is cleaned
  /// before it is read, so its labels read right); `fallbackSource` is the source when the
  /// page names none (a feed's title, a site's name).
  public func clean(
    _ page: ExtractedPage, earlier: [PinyinAnnotation] = [], fallbackSource: String? = nil
  ) throws(Failure) -> CleanedArticle {
    var annotations = earlier
    func cleaned(_ text: String) -> String {
      let result = pinyin.clean(text)
      annotations += result.removed
      return result.text.trimming()
    }
    var notes: [RemovedFragment] = []
    var title = fitted(cleaned(page.title), field: "title", notes: &notes)
    title = title.trimming()
    guard !title.isEmpty else { throw .emptyTitle }
    let sourceText = sourceOverride ?? page.source.map(cleaned) ?? fallbackSource
    let source = sourceText.map { fitted($0.trimming(), field: "source", notes: &notes) }
      .flatMap { $0.isEmpty ? nil : $0 }
    var category = page.category.map(cleaned).filter { !$0.isEmpty }
    if category.count > limits.maxCategoryEntries {
      notes.append(
        .field(
          "breadcrumb: kept the first \(limits.maxCategoryEntries) of \(category.count) levels"))
      category = Array(category.prefix(limits.maxCategoryEntries))
    }
    category = category.map { fitted($0, field: "breadcrumb level", notes: &notes) }
    var published: String?
    if let date = page.published?.trimming(), !date.isEmpty {
      published = PublishedDateCheck.iso(date)
      if published == nil {
        notes.append(.field("date \(quoted(date)) is not a real date; left out"))
      }
    }
    let url = page.url.map { fitted($0.trimming(), field: "url", notes: &notes) }
      .flatMap { $0.isEmpty ? nil : $0 }
    let paragraphs = page.paragraphs.map(cleaned).filter { !$0.isEmpty }

    var removed: [RemovedFragment] = []
    var kept: [RemovedFragment] = []
    var body: [String] = []
    // The article's profile once; each paragraph is judged against the rest of it.
    let whole = ScriptProfile(combining: paragraphs + [title])
    for (index, paragraph) in paragraphs.enumerated() {
      let rest = whole.subtracting(ScriptProfile(paragraph))
      if let rules = spam.verdict(paragraph, article: rest) {
        let fragment = RemovedFragment.spam(paragraph: index + 1, text: paragraph, rules: rules)
        if keepSuspect {
          kept.append(fragment)
          body.append(paragraph)
        } else {
          removed.append(fragment)
        }
      } else {
        body.append(paragraph)
      }
    }
    if !annotations.isEmpty { removed.insert(.pinyin(Self.counted(annotations)), at: 0) }
    removed += notes
    let language = page.language ?? ScriptProfile(combining: body + [title]).language
    let id = StableID.id(url: url, source: source, title: title, published: published)
    let article = ImportedArticle(
      id: id, title: title, source: source, published: published, url: url, category: category,
      views: page.views, language: language, body: body)
    return CleanedArticle(article: article, removed: removed, keptSuspects: kept)
  }

  /// Each distinct annotation with its count, in order of first appearance.
  static func counted(_ annotations: [PinyinAnnotation]) -> [(
    annotation: PinyinAnnotation, count: Int
  )] {
    var order: [PinyinAnnotation] = []
    var counts: [PinyinAnnotation: Int] = [:]
    for annotation in annotations {
      if counts[annotation] == nil { order.append(annotation) }
      counts[annotation, default: 0] += 1
    }
    return order.map { ($0, counts[$0]!) }
  }

  /// `text` cut to the loader's character and byte limits for one field, noting a cut.
  private func fitted(_ text: String, field: String, notes: inout [RemovedFragment]) -> String {
    guard text.count > limits.maxFieldCharacters || text.utf8.count > limits.maxFieldBytes else {
      return text
    }
    var result = String(text.prefix(limits.maxFieldCharacters))
    while result.utf8.count > limits.maxFieldBytes { result.removeLast() }
    result = result.trimming()
    notes.append(
      .field("\(field) cut from \(text.count) to \(result.count) characters (the format's limit)"))
    return result
  }

  private func quoted(_ text: String) -> String {
    "\"" + String(text.prefix(40)) + (text.count > 40 ? "…" : "") + "\""
  }
}
