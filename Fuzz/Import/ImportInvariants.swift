import GazetteImport
import GazetteModel

/// The promises of `gazette import` (docs/import.md), checked on one page's bytes.
struct ImportInvariants {
  /// The page's bytes.
  let bytes: [UInt8]

  /// Runs every check; stops the process at the first broken promise.
  func check() {
    _ = ContentKind.of(bytes)
    _ = MarkupParser.declaresEntities(bytes)
    let decoded: DecodedText
    do { decoded = try TextDecoder().decode(bytes) } catch {
      FuzzCheck.require(!error.description.isEmpty, "a decoding failure without words")
      return
    }
    let text = decoded.text
    checkPinyin(text)
    let cleaned = PinyinAnnotationCleaner().clean(text)
    if let page = try? TextPageExtractor.extract(cleaned.text) {
      checkPage(page, from: "text page")
      checkArticle(page, earlier: cleaned.removed)
    }
    if !MarkupParser.declaresEntities(bytes), let page = try? HTMLExtractor.extract(text) {
      checkPage(page, from: "HTML")
      checkArticle(page, earlier: [])
    }
  }

  /// Cleaning only removes whole annotations: what is left plus what was removed is the input.
  private func checkPinyin(_ text: String) {
    let result = PinyinAnnotationCleaner().clean(text)
    let removedScalars = result.removed.reduce(0) { $0 + $1.annotation.unicodeScalars.count }
    FuzzCheck.require(
      result.text.unicodeScalars.count + removedScalars == text.unicodeScalars.count,
      "pinyin cleaning lost or added text: \(FuzzCheck.shown(text)) → \(FuzzCheck.shown(result.text))"
    )
    for annotation in result.removed {
      FuzzCheck.require(
        annotation.annotation.first == "(" || annotation.annotation.first == "（",
        "a removed annotation is not parenthesised: \(FuzzCheck.shown(annotation.annotation))")
    }
  }

  private func checkPage(_ page: ExtractedPage, from kind: String) {
    FuzzCheck.require(!page.title.isEmpty, "\(kind): an empty title")
    for paragraph in page.paragraphs {
      FuzzCheck.require(!paragraph.isEmpty, "\(kind): an empty paragraph")
      // Trimmed as the loader trims: whole characters of White_Space scalars (a space that a
      // zero-width joiner extends is a character of its own, not whitespace).
      func blank(_ character: Character?) -> Bool {
        character?.unicodeScalars.allSatisfy(\.properties.isWhitespace) ?? false
      }
      FuzzCheck.require(
        !blank(paragraph.first) && !blank(paragraph.last),
        "\(kind): an untrimmed paragraph \(FuzzCheck.shown(paragraph))")
    }
    if let views = page.views { FuzzCheck.require(views >= 0, "\(kind): negative views") }
  }

  /// What would be written is one article with no problem at all for the loader.
  private func checkArticle(_ page: ExtractedPage, earlier: [PinyinAnnotation]) {
    guard let cleaned = try? ArticleCleaner().clean(page, earlier: earlier) else { return }
    let bytes = ArticleFileJSON.bytes(of: cleaned.article)
    let parse = ArticleFileDecoder.summaries(bytes: bytes, relativePath: "fuzz.json")
    FuzzCheck.require(
      parse.problems.isEmpty,
      "the written article has problems: \(parse.problems.map(\.message)) in "
        + FuzzCheck.shown(String(decoding: bytes, as: UTF8.self)))
    FuzzCheck.require(
      parse.articles.count == 1, "the written file holds \(parse.articles.count) articles")
    let path = FileNaming.relativePath(of: cleaned.article)
    // Split on the byte `/`, as the file system does (a `/` with combining marks after it is
    // one Character but still a separator).
    let components = path.utf8.split(separator: UInt8(ascii: "/")).map {
      String(decoding: $0, as: UTF8.self)
    }
    FuzzCheck.require(
      !components.contains { $0 == ".." || $0 == "." || $0.hasPrefix(".") },
      "an unsafe file name \(FuzzCheck.shown(path))")
    FuzzCheck.require(
      components.count == 3, "a path not source/year/name: \(FuzzCheck.shown(path))")
    for component in components {
      let first = component.unicodeScalars.first?.properties.generalCategory
      FuzzCheck.require(
        ![.nonspacingMark, .spacingMark, .enclosingMark].contains(first),
        "a path component starts with a combining mark: \(FuzzCheck.shown(path))")
    }
  }
}
